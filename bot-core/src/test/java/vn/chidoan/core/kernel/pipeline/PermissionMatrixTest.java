package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.TestFiles;
import vn.chidoan.core.testing.Turn;

/**
 * Every command, button and {@code /start} payload the core declares, run by every role in the
 * branch's group and in a private chat, against the table below: a declaration without a row fails,
 * and so does a row the bot does not do as written. docs/ARCHITECTURE.md shows the same table to users
 * ({@code -Dchidoan.docs.write=true} writes it there).
 *
 * <p>The world: a province; district Kim Bảng with branch 12A1 (group {@code -100}) whose secretary,
 * committee member and member act, with a guest who was removed from it; district Duy Tiên with
 * branch 12B1, whose officer is the "officer elsewhere"; an admin who is a member of 12B1. 12A1 has an
 * open post, a meeting starting in 20 minutes with its check-in QR code, an open fee book, an open sign-up
 * and poll (its secretary's), a form its secretary left half-built, and a person to remove. Each cell
 * starts from that world as it was (the database is put back), so no cell depends on another.
 * Rights do not depend on the database, so this runs on the embedded one only.
 */
class PermissionMatrixTest {
    static final String GROUP = "-100";

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
    static final Path ARCHITECTURE = Path.of("..", "docs", "ARCHITECTURE.md");
    static final String DOC_START = "<!-- who-may-do-what:start (generated by PermissionMatrixTest) -->";
    static final String DOC_END = "<!-- who-may-do-what:end -->";

    TestBot bot;
    List<Speaker> actors;
    Map<String, String> objects;
    Map<String, List<Document>> world;

    @BeforeEach
    void theWorld() {
        bot = TestBot.on(Database.EMBEDDED);
        Speaker province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Speaker officer = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Cán Bộ Huyện");
        Speaker elsewhere = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Duy Tiên", "Cán Bộ Nơi Khác");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        Scenarios.Branch other = Scenarios.linkedBranch(bot, elsewhere, "Chi đoàn 12B1", "-200");
        Speaker secretary = branch.secretary();
        Speaker member = Scenarios.joined(bot, branch, "Đoàn Viên");
        Speaker bch = Scenarios.joined(bot, branch, "Ủy Viên");
        bot.inGroup(GROUP, secretary).says("/bch_them 3");
        Speaker target = Scenarios.joined(bot, branch, "Người Bị Xóa");
        Speaker guest = Scenarios.joined(bot, branch, "Người Khách");
        bot.inGroup(GROUP, secretary).presses(bot.inGroup(GROUP, secretary).says("/thanhvien_xoa 5").buttonData("mdel:"));
        Scenarios.consents(bot, bot.admin(), bot.inPrivate(bot.admin()).opens(other.joinLink()));
        actors = List.of(guest, member, bch, secretary, officer, elsewhere, bot.admin());
        objects = objects(branch, secretary, officer, target, member);
        world = snapshot();
    }

    @Test
    void everyDeclaredCommandButtonAndPayloadHasARow() {
        PermissionMatrix expected = PermissionMatrix.parse(EXPECTED);
        Set<String> commands = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<String> payloads = new ArrayList<>();
        for (String what : expected.byWhat().keySet()) {
            String typed = fill(what);
            if (typed.startsWith("/start ")) {
                payloads.add(typed.substring("/start ".length()));
            } else if (typed.startsWith("/")) {
                commands.add(typed.substring(1).split("\\s+")[0]);
            } else {
                prefixes.add(typed.split(":")[0]);
            }
        }

        assertThat(commands).as("a row for each command").containsAll(
                bot.commands().stream().map(CommandSpec::name).toList());
        assertThat(bot.commands().stream().map(CommandSpec::name).toList()).as("no row for a command that is gone")
                .containsAll(commands);
        assertThat(prefixes).as("a row for each button").containsExactlyInAnyOrderElementsOf(
                bot.beans(ButtonAction.class).stream().map(ButtonAction::prefix).toList());
        assertThat(bot.beans(StartPayloads.class)).as("a row for each /start payload").allSatisfy(handler ->
                assertThat(payloads).as(handler.getClass().getSimpleName()).anyMatch(handler::recognises));
    }

    @Test
    void eachRoleMayDoWhatTheTableSaysInTheGroupAndInPrivate() {
        PermissionMatrix expected = PermissionMatrix.parse(EXPECTED);
        List<PermissionMatrix.Row> rows = new ArrayList<>();
        for (PermissionMatrix.Row row : expected.rows()) {
            List<String> cells = new ArrayList<>();
            for (Speaker actor : actors) {
                cells.add(outcome(row.what(), actor, true) + " " + outcome(row.what(), actor, false));
            }
            rows.add(new PermissionMatrix.Row(row.what(), row.means(), cells));
        }

        PermissionMatrix actual = new PermissionMatrix(rows);
        assertThat(actual.text()).as("cells that differ (role: expected → actual, group then private): %s",
                actual.differencesFrom(expected)).isEqualTo(expected.text());
    }

    @Test
    void theArchitectureDocShowsTheTable() throws IOException {
        String doc = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        String table = DOC_START + "\n" + PermissionMatrix.parse(EXPECTED).markdown() + DOC_END;
        int start = doc.indexOf(DOC_START);
        int end = doc.indexOf(DOC_END);
        if (Boolean.getBoolean("chidoan.docs.write") && start >= 0 && end > start) {
            Files.writeString(ARCHITECTURE, doc.substring(0, start) + table + doc.substring(end + DOC_END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc).as("docs/ARCHITECTURE.md shows this test's table (write it with -Dchidoan.docs.write=true)")
                .contains(table);
    }

    /** What happens when {@code actor} does {@code what} in 12A1's group ({@code inGroup}) or in private. */
    private String outcome(String what, Speaker actor, boolean inGroup) {
        restore();
        String typed = fill(what);
        var chat = inGroup ? bot.inGroup(GROUP, actor) : bot.inPrivate(actor);
        Turn turn = typed.startsWith("/") ? chat.says(typed) : chat.presses(typed);
        List<String> said = turn.templates();
        if (said.stream().anyMatch(key -> key.startsWith(NOT_HERE))) {
            return PermissionMatrix.NOT_THERE;
        }
        boolean refused = said.stream().anyMatch(key -> REFUSALS.stream().anyMatch(key::startsWith));
        return refused ? PermissionMatrix.REFUSED : PermissionMatrix.MAY;
    }

    private String fill(String what) {
        String typed = what.replace(" ⏎ ", "\n").replace('¦', '|');
        for (Map.Entry<String, String> object : objects.entrySet()) {
            typed = typed.replace(object.getKey(), object.getValue());
        }
        return typed;
    }

    /** The objects the rows name: 12A1's post, meeting, QR code, codes and the person to remove. */
    private Map<String, String> objects(Scenarios.Branch branch, Speaker secretary, Speaker officer, Speaker target,
            Speaker member) {
        bot.inGroup(GROUP, secretary).says("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        bot.inGroup(GROUP, secretary).says("/hop 02/03 8h20 Sinh hoạt chi đoàn"); // now is 08:00
        bot.inGroup(GROUP, secretary).says("/diemdanh_qr");
        bot.inGroup(GROUP, secretary).says("/doanphi mo");
        bot.inGroup(GROUP, secretary).says("/danhgia_mo 20/03");
        bot.inGroup(GROUP, secretary).says("/dangky_tao Hiến máu nhân đạo");
        bot.inGroup(GROUP, secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        bot.inPrivate(secretary).says("/dangky_tao"); // a draft left, to be opened by its link
        bot.inPrivate(secretary).says("/huy");
        Turn notice = bot.inPrivate(officer).says("/thongbao Lịch trực tuần 1.");
        bot.inPrivate(officer).presses(notice.buttonData("dlg:send"));
        Map<String, String> objects = new LinkedHashMap<>();
        objects.put("<notice>", "1");
        objects.put("<post-link>", bot.mongo().getCollection("comment_posts").find().first().getString("link"));
        objects.put("<post>", "1");
        objects.put("<form-link>", bot.mongo().getCollection("forms").find().first().getString("link"));
        objects.put("<draft-link>", bot.mongo().getCollection("form_drafts").find().first().getString("link"));
        objects.put("<form>", "1");
        objects.put("<poll>", "1");
        objects.put("<book>", "1");
        bot.inPrivate(member).says("/doanphi"); // the member's fee code is given when the book is first read
        objects.put("<fee-code>", bot.mongo().getCollection("fee_members").find(new Document("person",
                bot.members().personOf(member.ref()).orElseThrow().id().value())).first().get("code").toString());
        objects.put("<meeting>", bot.outbox().messagesTo(branch.group()).stream().flatMap(m -> m.buttons().stream())
                .map(b -> b.data()).filter(d -> d != null && d.startsWith("mrs:")).findFirst().orElseThrow()
                .split(":")[1]);
        objects.put("<qr>", bot.mongo().getCollection("meeting_tokens").find().first().getString("_id"));
        objects.put("<branch>", bot.org().branchOfChat(branch.group()).orElseThrow().value());
        objects.put("<target>", bot.members().personOf(target.ref()).orElseThrow().id().value());
        objects.put("<join-code>", FakeDeepLinks.payloadOf(branch.joinLink()));
        objects.put("<unit-code>", (String) bot.inPrivate(officer).says("/donvi_them Đoàn trường THPT Mới")
                .value("org.unit.created", "code"));
        objects.put("<account-code>", (String) bot.inPrivate(target).says("/toi").value("member.link.offer", "code"));
        bot.inGroup(GROUP, secretary).says("/ketnap Nguyễn Văn Mới 15/03/2009");
        objects.put("<admission>", bot.mongo().getCollection("member_admissions").find().first().getString("_id"));
        String ref = objects.get("<branch>") + ":" + objects.get("<target>");
        bot.inPrivate(secretary).presses("hso:move:" + ref);
        Turn found = bot.inPrivate(secretary).says("12B1");
        bot.inPrivate(secretary).presses(bot.inPrivate(secretary).presses(found.buttonData("dlg:b:")).buttonData("dlg:ok"));
        objects.put("<transfer>", bot.mongo().getCollection("member_transfers").find().first().getString("_id"));
        bot.inGroup(GROUP, secretary).says("/thanhvien_them Người Chưa Có");
        List<RosterEntry> roster = bot.members().roster(bot.org().branchOfChat(branch.group()).orElseThrow());
        String unclaimed = roster.get(roster.size() - 1).person().value();
        Turn imported = bot.inPrivate(secretary).sends(bot.bean(TestFiles.class).document("ds.xlsx",
                Spreadsheet.named("ds").sheet("Đoàn viên", List.of("Họ và tên", "Ngày sinh"),
                        List.of(List.of("Trần Văn Nhập", "15/03/2008"))).bytes()), "/thanhvien_nhap");
        objects.put("<import>", imported.buttonData("hsn:").split(":")[1]);
        objects.put("<record-code>", (String) bot.inPrivate(secretary).presses("hso:code:" + objects.get("<branch>")
                + ":" + unclaimed).value("record.claim.code", "code"));
        return objects;
    }

    private Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : bot.mongo().getCollectionNames()) {
            documents.put(collection, bot.mongo().getCollection(collection).find().into(new ArrayList<>()));
        }
        return documents;
    }

    /** Puts the database back as the world left it, and the clock. */
    private void restore() {
        for (String collection : bot.mongo().getCollectionNames()) {
            bot.mongo().getCollection(collection).deleteMany(new Document());
        }
        world.forEach((collection, documents) -> {
            if (!documents.isEmpty()) {
                bot.mongo().getCollection(collection).insertMany(documents.stream().map(Document::new)
                        .collect(Collectors.toList()));
            }
        });
        bot.clock().set(TestBot.START);
    }
}
