package vn.chidoan.core.kernel.pipeline;

import java.util.List;
import java.util.function.Predicate;

/**
 * The one table of who may do what: every command, button and {@code /start} payload the core declares,
 * with what each role gets in the branch's group and in a private chat. The permission tests run it
 * ({@link PermissionCells}), check every declaration has a row ({@link PermissionRowsTest}) and that
 * docs/ARCHITECTURE.md shows it ({@link PermissionDocTest}). The objects in angle brackets are made by
 * {@link PermissionWorld}.
 */
final class PermissionTable {
    /**
     * Each cell: in 12A1's group, then in a private chat. {@code ⏎} is a new line in what is typed, {@code ¦}
     * a {@code |} (which would split the row).
     */
    static final String EXPECTED = """
            what                          | means                                         | guest | member | BCH | secretary | officer | officer elsewhere | admin
            /start                        | start the bot                                 | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /trogiup                      | help for what I may do here                   | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            /huy                          | stop what I was doing                         | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            /toi                          | my profile, and linking my accounts           | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /xoadulieu                    | erase what the bot keeps about me             | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /lienket                      | post the branch's join button again           | ✗ –   | ✗ –    | ✓ – | ✓ –       | ✓ –     | ✗ –               | ✓ –
            /mathamgia_moi                | renew the branch's join code                  | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /mamoi Chi đoàn 12A1          | a new code for a unit or branch below mine    | – ✗   | – ✗    | – ✗ | – ✗       | – ✓     | – ✗               | – ✓
            /donvi                        | my unit and the units below it                | – ✗   | – ✗    | – ✗ | – ✗       | – ✓     | – ✓               | – ✓
            /donvi_them Đoàn trường Mới   | add a unit below mine                         | – ✗   | – ✗    | – ✗ | – ✗       | – ✓     | – ✓               | – ✓
            /chidoan_them Chi đoàn Mới    | add a branch below mine                       | – ✗   | – ✗    | – ✗ | – ✗       | – ✓     | – ✓               | – ✓
            /thanhvien                    | the branch's roster                           | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /thanhvien_them Nguyễn Văn Mới | add a member by name                         | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /thanhvien_xoa 2              | remove a member (asks first)                  | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /bch_them 2                   | add a member to the committee                 | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /gopy Kế hoạch ⏎ Nội dung.    | post a plan or document for comment           | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /gopy_ketqua 1                | a post's results and Excel file               | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            /hop 02/03 20h Sinh hoạt      | call a meeting                                | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /hop_dinhky 15 19h            | the monthly meeting                           | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /bienban Biên bản buổi họp    | minutes of the latest meeting                 | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /diemdanh                     | open check-in                                 | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /diemdanh_qr                  | show the check-in QR code                     | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /diemdanh_dong                | close check-in and report                     | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /baocao                       | this month's report (officer: the subtree's)  | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /baocao quý                   | this quarter's report (and the one upward)    | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /baocao hop                   | the latest meeting's roll as a file           | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✗     | ✗ ✗               | ✓ ✗
            /baocao caidat hop=40         | my unit's ranking criteria                    | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✗ ✗       | ✗ ✓     | ✗ ✓               | ✗ ✓
            /nhacnho                      | the branch's reminder settings                | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /dangky_tao Hiến máu nhân đạo | open a sign-up (alone: build a form)          | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /dangky <form>                | register for a form                           | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            /dangky_ketqua <form>         | a form's registrations and Excel file         | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            /binhchon Ngày nào? ¦ Thứ 7 ¦ Chủ nhật | open a poll                                   | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /binhchon_ketqua <poll>       | a poll's counts and chart                     | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            /doanphi                      | my fees and VietQR code (BCH: the branch's)   | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /doanphi caidat               | the fee book's settings                       | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /doanphi_no                   | who owes fees (officer: the units below)      | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /thongbao Lịch trực tuần 2.   | send a notice to the units below mine         | – ✗   | – ✗    | – ✗ | – ✗       | – ✓     | – ✓               | – ✓
            /thongbao_ketqua              | a notice's acknowledgements and Excel file    | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✗ ✗       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /hoso                         | my member record                              | – ✗   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /thanhvien_xuat               | the roster with its records as Excel          | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /truongthanh                  | who turns 30 this quarter                     | – ✗   | – ✗    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /chuyensh                     | transfers waiting for my branch               | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /ketnap Nguyễn Văn Mới 15/03/2009 | propose a new member to the unit above        | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /renluyen                     | my training goals for the year                | – ✗   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /thanhvien_mau                | the roster template to import                 | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /thanhvien_nhap               | import the roster from Excel (then the file)  | – ✗   | – ✗    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /danhgia_mo 20/03             | open the year's evaluation with a deadline    | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            /danhgia                      | my self-assessment of the year                | – ✗   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /danhgia_ketqua               | the evaluation's list, grades and Excel file  | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✓               | ✓ ✓
            gy:c:<post>                   | button "Góp ý" under a post                   | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            gy:p:<post>                   | button "Không có ý kiến"                      | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            gy:m:<post>                   | button "Xem góp ý của tôi"                    | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            mrs:<meeting>:y               | button "Tham gia" under an invitation         | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            mci:<meeting>                 | button "Có mặt" (check in)                    | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            mmk:<meeting>:0               | button "Điểm danh hộ" (mark members present)  | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            mdel:<branch>:<target>        | button confirming a member's removal          | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            mrj:<branch>:<target>         | button letting a removed member join again    | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            dk:r:<form>                   | button "Đăng ký" under a form                 | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            dk:e:<form>                   | button "Sửa" (change my answers)              | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            dk:w:<form>                   | button "Rút đăng ký"                          | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            dk:m:<form>                   | button "Xem đăng ký của tôi"                  | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            bc:v:<poll>:0                 | button voting for an option of a poll         | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            dp:r:<fee-code>               | button "Tôi đã nộp" (a member's own)          | ✗ ✗   | ✓ ✓    | ✗ ✗ | ✗ ✗       | ✗ ✗     | ✗ ✗               | ✗ ✗
            dpb:o:<book>:m                | button "Đánh dấu đã nộp" (the fee book)       | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hsc:<branch>:<target>         | button opening a member's record              | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hsr:<branch>:0                | button paging the roster                      | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hso:edit:<branch>:<target>    | button "Sửa thông tin" on a record            | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hse:phone                     | button correcting my own phone                | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            hct:<transfer>:y              | button accepting a transfer                   | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✗ ✗       | ✗ ✗     | ✓ ✓               | ✓ ✓
            hka:<admission>:y             | button approving an admission                 | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✗ ✗       | ✓ ✓     | ✗ ✗               | ✓ ✓
            htt:<branch>:<target>         | button confirming maturing out                | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hrl:<branch>:<target>:2026:0  | button marking a training goal done           | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            hsn:<import>:y                | button confirming a roster import             | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            dgm:<branch>:<target>:2026    | button opening a member's evaluation          | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            dgp:<branch>:<target>:2026:2  | button proposing a member's grade             | ✗ ✗   | ✗ ✗    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            dgd:<branch>:<target>:2026:2  | button deciding a member's grade              | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            dgs:<branch>:2026             | button sending the evaluation up as Excel     | ✗ ✗   | ✗ ✗    | ✗ ✗ | ✓ ✓       | ✓ ✓     | ✗ ✗               | ✓ ✓
            lk:n                          | button declining to link an account           | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            tb:a:<notice>                 | button "Đã nhận" under a notice               | ✗ ✗   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✗ ✗     | ✗ ✗               | ✗ ✗
            consent:y:<join-code>         | button "Đồng ý" to the data notice            | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            name:edit                     | button correcting my name                     | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            erase:y                       | button confirming the erasure of my data      | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            dlg:huy                       | a dialogue's button (checks its own rights)   | ✓ ✓   | ✓ ✓    | ✓ ✓ | ✓ ✓       | ✓ ✓     | ✓ ✓               | ✓ ✓
            /start gy_<post-link>         | link that opens a comment on a post           | – ✗   | – ✓    | – ✓ | – ✓       | – ✗     | – ✗               | – ✗
            /start dd_<qr>                | scanned check-in QR code                      | – ✗   | – ✓    | – ✓ | – ✓       | – ✗     | – ✗               | – ✗
            /start dk_<form-link>         | link that opens a form in private             | – ✗   | – ✓    | – ✓ | – ✓       | – ✗     | – ✗               | – ✗
            /start dt_<draft-link>        | link that opens the form I am building        | – ✗   | – ✗    | – ✗ | – ✓       | – ✗     | – ✗               | – ✗
            /start dp<book>               | link that opens my fees                       | – ✗   | – ✓    | – ✓ | – ✓       | – ✗     | – ✗               | – ✗
            /start <join-code>            | a branch's join code                          | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /start <unit-code>            | a unit leader's one-time code                 | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /start <account-code>         | a code from /toi linking an account           | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /start hs                     | link that opens the private chat for a record | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            /start <record-code>          | a code taking a roster record                 | – ✓   | – ✓    | – ✓ | – ✓       | – ✓     | – ✓               | – ✓
            """;

    /** What the bot says when it refuses for want of a right (and, first, when a command is not said there). */
    static final List<String> REFUSALS = List.of("pipeline.refused.", "pipeline.button_refused.",
            "pipeline.group_not_linked", "pipeline.branch.none", "conversation.no_longer_allowed",
            "comment.unavailable", "comment.results.not_yours", "member.remove.not_allowed",
            "meeting.mark.not_allowed_toast", "meeting.rsvp.not_member_toast", "meeting.checkin.toast_not_member",
            "meeting.checkin.done_not_member", "org.code.no_such_unit", "notice.toast.not_member",
            "notice.toast.cannot_forward", "fee.not_lead", "fee.toast.not_lead", "fee.toast.not_yours", "fee.no_branch",
            "fee.status.not_in_book", "form.unavailable", "form.toast.unavailable", "form.create.not_allowed",
            "form.create.no_branches", "form.results.not_yours", "poll.unavailable", "poll.not_allowed",
            "poll.no_branches", "poll.results.not_yours", "record.op.not_allowed", "record.transfer.only_",
            "record.admission.only_above", "record.import.not_allowed",
            "report.settings.officer_only", "report.part_needs_branch");
    static final String NOT_HERE = "pipeline.place.";

    private PermissionTable() {
    }

    static PermissionMatrix expected() {
        return PermissionMatrix.parse(EXPECTED);
    }

    /** The rows whose {@code what} is of one kind ({@link #COMMANDS}, {@link #BUTTONS}, {@link #START_LINKS}). */
    static PermissionMatrix expected(Predicate<String> kind) {
        return new PermissionMatrix(expected().rows().stream().filter(row -> kind.test(row.what())).toList());
    }

    static final Predicate<String> START_LINKS = what -> what.startsWith("/start ");
    static final Predicate<String> COMMANDS = what -> what.startsWith("/") && !START_LINKS.test(what);
    static final Predicate<String> BUTTONS = what -> !what.startsWith("/");
}
