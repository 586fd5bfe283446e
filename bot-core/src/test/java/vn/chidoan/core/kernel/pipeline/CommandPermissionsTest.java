package vn.chidoan.core.kernel.pipeline;

/** Every command of the {@link PermissionTable}, typed by every role in the branch's group and in private. */
class CommandPermissionsTest extends PermissionCells {
    CommandPermissionsTest() {
        super(PermissionTable.COMMANDS);
    }
}
