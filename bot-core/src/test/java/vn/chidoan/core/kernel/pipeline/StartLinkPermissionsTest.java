package vn.chidoan.core.kernel.pipeline;

/** Every {@code /start} payload of the {@link PermissionTable} (links, codes), opened by every role. */
class StartLinkPermissionsTest extends PermissionCells {
    StartLinkPermissionsTest() {
        super(PermissionTable.START_LINKS);
    }
}
