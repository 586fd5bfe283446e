package vn.chidoan.core.kernel.work;

import java.util.Map;

/**
 * Port: a long-lived worker (a thread, a periodic job) whose death would stop part of the bot without a
 * word: inbound lanes, outbox dispatchers, the fan-out, housekeeping. The app's health goes DOWN when
 * one that should run does not.
 */
public interface Worker {
    /** Each of its threads or periodic jobs by name, true while it runs; empty when stopped on purpose. */
    Map<String, Boolean> running();
}
