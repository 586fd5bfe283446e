package vn.chidoan.sandbox;

import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/** The sandbox has no remote API: it is reachable while it runs; the detail says where its data lives. */
public final class SandboxStatus implements PlatformStatus {
    private final String detail;

    public SandboxStatus(String detail) {
        this.detail = detail;
    }

    @Override
    public Platform platform() {
        return Platform.SANDBOX;
    }

    @Override
    public boolean reachable() {
        return true;
    }

    @Override
    public String detail() {
        return detail;
    }
}
