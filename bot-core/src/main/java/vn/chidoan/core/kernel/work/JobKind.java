package vn.chidoan.core.kernel.work;

import java.util.Map;

/**
 * Port: a kind of long piece of work a command hands to {@link Jobs} instead of doing it on its inbound
 * lane (a province's report). A job may run again after a crash or when its lease ran out on a stalled
 * instance, so {@link #run} must be idempotent: whatever it sends goes through the outbox under keys
 * derived from the job's id.
 */
public interface JobKind {

    /** The kind's key, stored with each job: lowercase, stable across releases. */
    String kind();

    /** Does the job to its end; a throw lets it be tried again later (up to {@link JobsProperties#attempts} times). */
    void run(String id, Map<String, String> params);

    /** The job failed {@link JobsProperties#attempts} times and will not be tried again: tell whoever asked. */
    default void gaveUp(String id, Map<String, String> params) {
    }
}
