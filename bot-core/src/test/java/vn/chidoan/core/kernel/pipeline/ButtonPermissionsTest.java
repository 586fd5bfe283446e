package vn.chidoan.core.kernel.pipeline;

/**
 * Every button of the {@link PermissionTable}, pressed by every role in the branch's group and in private:
 * a press is a request, checked against the presser's role on the button's own object.
 */
class ButtonPermissionsTest extends PermissionCells {
    ButtonPermissionsTest() {
        super(PermissionTable.BUTTONS);
    }
}
