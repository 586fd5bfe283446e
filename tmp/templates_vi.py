T = {}
T["command.doanphi.help"] = "<code>/doanphi</code> — đoàn phí: đoàn viên xem mình đã nộp, còn nợ và quét mã VietQR để nộp; BCH cài đặt, xác nhận, ghi nộp, xuất sổ. Ví dụ: <code>/doanphi</code>, <code>/doanphi caidat</code>, <code>/doanphi nop 3 T12</code>"
T["command.doanphi.usage"] = """<b>Cách dùng /doanphi</b>
<code>/doanphi</code> — đoàn phí của bạn và mã VietQR để nộp (BCH: tình hình cả chi đoàn)
<b>BCH:</b>
<code>/doanphi mo</code> mở sổ · <code>/doanphi caidat</code> xem cài đặt
<code>/doanphi muc 2k 5k</code> mức thu mỗi tháng (không có thu nhập, có thu nhập) · <code>/doanphi ky quy</code> · <code>/doanphi han 10</code>
<code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code> tài khoản nhận · <code>/doanphi trichnop 30</code>
<code>/doanphi nhom 3 thunhap</code> xếp nhóm cho đoàn viên số 3
<code>/doanphi nop 3, 5 T12</code> ghi đã nộp (hoặc trả lời tin của đoàn viên bằng <code>/doanphi nop</code>)
<code>/doanphi cả chi đoàn đã nộp quý 4 trừ 3, 7</code> ghi cả chi đoàn
<code>/doanphi huy 12 ghi nhầm người</code> · <code>/doanphi sua 12 3k nộp thiếu</code> sửa phiếu (kèm lý do)
<code>/doanphi xuat 2026</code> sổ đoàn phí (Excel) · <code>/doanphi_no</code> ai còn nợ · <code>/doanphi capnop quý 4 15k</code> ghi trích nộp
Số tiền: <code>5000</code>, <code>5.000</code>, <code>5k</code>, <code>5 nghìn</code> · Kỳ: <code>T12</code>, <code>12/2026</code>, <code>quý 4</code>, <code>2026</code>"""
T["command.doanphi_no.help"] = "<code>/doanphi_no</code> — (BCH) ai còn nợ đoàn phí, bao nhiêu; (cán bộ Đoàn) tình hình thu đoàn phí các đơn vị bên dưới kèm tệp Excel. Ví dụ: <code>/doanphi_no</code>, <code>/doanphi_no quý 4</code>"
T["command.doanphi_no.usage"] = """<b>Cách dùng /doanphi_no</b>
<code>/doanphi_no</code> — trong chi đoàn: ai còn nợ, bao nhiêu, tổng cộng (gửi vào tin nhắn riêng)
Cán bộ Đoàn cấp trên, trong chat riêng: <code>/doanphi_no</code> (năm nay), <code>/doanphi_no quý 4</code>, <code>/doanphi_no 12/2026</code> — phải thu, đã thu, đã trích nộp theo từng đơn vị, kèm tệp Excel"""

T["money.bad"] = "Mình chưa hiểu số tiền «{{text}}». Hãy ghi số đồng như <code>5000</code>, <code>5.000</code>, <code>5k</code> hoặc <code>5 nghìn</code>, ví dụ: <code>{{example}}</code>"
T["money.negative"] = "Số tiền không được âm («{{text}}»). Hãy ghi số đồng, ví dụ: <code>{{example}}</code>"
T["money.zero"] = "Số tiền phải lớn hơn 0 đ. Ví dụ: <code>{{example}}</code>"
T["money.too_large"] = "«{{text}}» lớn quá: tối đa {{max}} đ. Kiểm tra lại các số 0, ví dụ: <code>{{example}}</code>"

T["fee.period"] = "{{#month}}T{{month}}/{{year}}{{/month}}{{#quarter}}Quý {{quarter}}/{{year}}{{/quarter}}{{#fromMonth}}T{{fromMonth}}/{{fromYear}}–T{{toMonth}}/{{year}}{{/fromMonth}}{{^month}}{{^quarter}}{{^fromMonth}}Năm {{year}}{{/fromMonth}}{{/quarter}}{{/month}}"
T["fee.period.bad"] = "Mình chưa hiểu kỳ «{{text}}». Ghi tháng (<code>T12</code>, <code>12/2026</code>, <code>tháng 12</code>), quý (<code>quý 4</code>, <code>Q4/2026</code>) hoặc năm (<code>2026</code>), ví dụ <code>/doanphi xuat quý 4</code>."
T["fee.category.low"] = "học sinh, sinh viên, không có thu nhập"
T["fee.category.income"] = "có thu nhập"
T["fee.cycle.monthly"] = "hằng tháng"
T["fee.cycle.quarterly"] = "hằng quý"
T["fee.deadline"] = "{{#last}}ngày cuối {{#quarterly}}quý{{/quarterly}}{{^quarterly}}tháng{{/quarterly}}{{/last}}{{#day}}ngày {{day}} {{#quarterly}}tháng cuối quý{{/quarterly}}{{^quarterly}}hằng tháng{{/quarterly}}{{/day}}"
T["fee.deadline_last"] = "cuối tháng"
T["fee.deadline_day"] = "ngày {{day}}"
T["fee.kind.confirmed"] = "Đoàn viên báo nộp, BCH xác nhận"
T["fee.kind.marked"] = "BCH ghi"
T["fee.kind.bulk"] = "BCH ghi cả chi đoàn"
T["fee.kind.void"] = "Hủy phiếu"
T["fee.kind.correction"] = "Ghi lại (sửa phiếu)"
T["fee.change.opened"] = "mở sổ đoàn phí từ {{after}}"
T["fee.change.amount_low"] = "mức thu (học sinh, sinh viên, không có thu nhập) {{#before}}{{before}} đ → {{/before}}{{after}} đ/tháng"
T["fee.change.amount_income"] = "mức thu (có thu nhập) {{#before}}{{before}} đ → {{/before}}{{after}} đ/tháng"
T["fee.change.default_category"] = "nhóm của đoàn viên chưa xếp: {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.category"] = "nhóm của {{member}}: {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.cycle"] = "kỳ thu {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.deadline"] = "hạn nộp {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.share"] = "trích nộp cấp trên {{#before}}{{before}}% → {{/before}}{{after}}%"
T["fee.change.account"] = "tài khoản nhận {{#before}}{{before}} → {{/before}}{{after}}"

T["fee.no_branch"] = "Bạn chưa thuộc chi đoàn nào nên chưa có đoàn phí. Vào chi đoàn bằng nút <b>Tham gia chi đoàn</b> trong nhóm của chi đoàn, rồi gõ <code>/doanphi</code>."
T["fee.not_open"] = "Chi đoàn chưa mở sổ đoàn phí. BCH gõ <code>/doanphi mo</code> để mở sổ với mức thường dùng, hoặc <code>/doanphi muc 2k 5k</code> để đặt mức thu."
T["fee.not_lead"] = "Việc này chỉ BCH chi đoàn (hoặc cán bộ Đoàn cấp trên) làm được. Xem đoàn phí của bạn: <code>/doanphi</code>"
T["fee.sent_private"] = "Mình đã gửi vào tin nhắn riêng của bạn."

T["fee.status.text"] = """💰 <b>Đoàn phí — {{branch}}</b>
Mã đoàn viên: <b>{{code}}</b> · Mức thu: {{amount}} đ/tháng ({{category}})
{{#older}}(Trong sổ còn {{older}} kỳ cũ hơn.)
{{/older}}{{#lines}}{{#isDone}}✅ {{period}}: đã nộp {{paid}} đ{{#by}} — {{by}} ghi nhận {{on}}{{/by}}{{/isDone}}{{#isPending}}⏳ {{period}}: {{due}} đ — chờ BCH xác nhận{{/isPending}}{{#isPartial}}🟡 {{period}}: đã nộp {{paid}}/{{due}} đ, còn thiếu {{remaining}} đ (hạn {{deadline}}){{/isPartial}}{{#isOwed}}❌ {{period}}: chưa nộp {{due}} đ (hạn {{deadline}}){{/isOwed}}{{#isLate}}❗ {{period}}: chưa nộp {{due}} đ — đã quá hạn {{deadline}}{{/isLate}}
{{/lines}}{{#none}}Chưa có kỳ nào phải nộp.
{{/none}}{{#owed}}Cần nộp: <b>{{owed}} đ</b> ({{periods}}).{{/owed}}{{^owed}}{{#waiting}}Khoản bạn báo đã nộp đang chờ BCH xác nhận; bot sẽ báo bạn khi có kết quả.{{/waiting}}{{^waiting}}Bạn đã nộp đủ. Cảm ơn bạn! 💚{{/waiting}}{{/owed}}"""
T["fee.status.pay"] = """{{#account}}💳 Quét mã VietQR bằng ứng dụng ngân hàng: số tiền <b>{{owed}} đ</b> và nội dung <b>{{memo}}</b> đã điền sẵn; người nhận {{holder}}, {{bank}} · {{number}}.{{/account}}{{^account}}💵 Chi đoàn chưa có tài khoản nhận đoàn phí: hãy nộp <b>{{owed}} đ</b> trực tiếp cho BCH.{{/account}}
Nộp xong, bấm <b>Tôi đã nộp</b> để BCH xác nhận."""
T["fee.status.not_open"] = "{{branch}} chưa thu đoàn phí qua bot. Khi BCH mở sổ đoàn phí, gõ <code>/doanphi</code> để xem và nộp."
T["fee.status.not_in_book"] = "Bạn không có tên trong sổ đoàn phí của {{branch}}. Nếu bạn là đoàn viên của chi đoàn, hãy nhờ BCH thêm bạn vào danh sách (<code>/thanhvien_them</code>)."
T["fee.status.sent_private"] = "Mình đã gửi tình hình đoàn phí vào tin nhắn riêng của bạn."
T["fee.status.open_private"] = "Đoàn phí là việc riêng của từng người: bấm nút để xem của bạn trong tin nhắn riêng với bot."
T["fee.status.start_first"] = "Mình chưa nhắn riêng được cho bạn: hãy mở chat riêng với bot (bấm vào tên bot, chọn Bắt đầu), rồi gõ lại lệnh."
T["fee.button.open_private"] = "Xem đoàn phí của tôi"
T["fee.button.paid"] = "Tôi đã nộp"
T["fee.button.confirm"] = "Xác nhận"
T["fee.button.reject"] = "Từ chối"
T["fee.button.cancel"] = "Hủy"
T["fee.button.mark"] = "Đánh dấu đã nộp"
T["fee.button.owed"] = "Ai còn nợ"
T["fee.button.book"] = "Sổ đoàn phí (Excel)"
T["fee.button.settings"] = "Cài đặt"
T["fee.toast.not_lead"] = "Chỉ BCH chi đoàn mới làm được việc này."
T["fee.toast.not_yours"] = "Nút này của đoàn viên khác. Gõ /doanphi để xem đoàn phí của bạn."
T["fee.toast.start_first"] = "Hãy mở chat riêng với bot trước (bấm vào tên bot, chọn Bắt đầu)."

T["fee.overview.text"] = """💰 <b>Đoàn phí {{branch}}</b> — {{period}} (hạn {{deadline}})
Đã nộp đủ: <b>{{paid}}/{{members}}</b> người · Đã thu: {{collected}}/{{expected}} đ{{#waiting}} · ⏳ Chờ xác nhận: {{waiting}}{{/waiting}}
Còn nợ (kể cả kỳ trước): {{owing}} người, {{owed}} đ.
Chọn việc bên dưới, hoặc gõ <code>/doanphi nop 3 T12</code> (ghi theo số thứ tự), <code>/doanphi cả chi đoàn đã nộp T12 trừ 3</code>."""
T["fee.overview.not_open"] = "{{branch}} chưa mở sổ đoàn phí. Gõ <code>/doanphi mo</code> để mở sổ với mức thường dùng (2.000 đ/tháng cho học sinh, sinh viên, người không có thu nhập; 5.000 đ/tháng cho người có thu nhập), hoặc đặt mức riêng: <code>/doanphi muc 2k 5k</code>. Xem các cài đặt: <code>/doanphi caidat</code>"

T["fee.settings.show"] = """⚙️ <b>Cài đặt đoàn phí — {{branch}}</b>{{^open}} (chưa mở sổ: dưới đây là mức thường dùng){{/open}}
• Mức thu mỗi tháng: <b>{{low}} đ</b> (học sinh, sinh viên, không có thu nhập), <b>{{income}} đ</b> (có thu nhập) — <code>/doanphi muc 2k 5k</code>
• Nhóm của đoàn viên chưa xếp: {{defaultCategory}} — <code>/doanphi nhom macdinh thunhap</code>; xếp từng người: <code>/doanphi nhom 3 thunhap</code> (số thứ tự trong /thanhvien)
• Kỳ thu: {{cycle}} — <code>/doanphi ky quy</code> hoặc <code>/doanphi ky thang</code>
• Hạn nộp: {{deadline}} — <code>/doanphi han 10</code> hoặc <code>/doanphi han cuoi</code>
• Tài khoản nhận: {{#account}}{{bank}} · {{number}} · {{holder}}{{/account}}{{^account}}chưa có (đoàn viên chưa quét được VietQR){{/account}} — <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>
• Trích nộp cấp trên: {{share}}% — <code>/doanphi trichnop 30</code>
• Nhắc người còn nợ: {{#offsets}}{{text}}, {{/offsets}}và đúng ngày hạn — <code>/nhacnho doanphi 3n,1n</code>
{{#changes}}{{#-first}}<b>Thay đổi gần đây</b>
{{/-first}}• {{at}} {{by}}: {{{what}}}
{{/changes}}{{#open}}Mỗi thay đổi áp dụng từ {{month}}; các tháng trước giữ nguyên số đã phải nộp.{{/open}}{{^open}}Gõ <code>/doanphi mo</code> để mở sổ với các mức này, hoặc đặt mức riêng trước.{{/open}}"""
T["fee.settings.opened"] = """✅ Đã mở sổ đoàn phí {{branch}} từ {{month}}: {{low}} đ/tháng (học sinh, sinh viên, không có thu nhập), {{income}} đ/tháng (có thu nhập); thu {{cycle}}, hạn {{deadline}}.
Tiếp theo: thêm tài khoản nhận để đoàn viên quét VietQR, ví dụ <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>. Xem và đổi các cài đặt: <code>/doanphi caidat</code>"""
T["fee.settings.saved"] = "✅ Đã lưu: {{{what}}}. Áp dụng từ {{month}}; các tháng trước giữ nguyên. Xem tất cả: <code>/doanphi caidat</code>"
T["fee.amounts.usage"] = "Ghi mức thu mỗi tháng: <code>/doanphi muc 2k 5k</code> (học sinh, sinh viên, không có thu nhập; có thu nhập), hoặc một nhóm: <code>/doanphi muc thunhap 5000</code>."
T["fee.cycle.usage"] = "Mình chưa hiểu kỳ thu «{{text}}». Ghi <code>thang</code> (hằng tháng) hoặc <code>quy</code> (hằng quý), ví dụ <code>/doanphi ky quy</code>."
T["fee.deadline.usage"] = "Mình chưa hiểu hạn nộp «{{text}}». Hạn là một ngày từ 1 đến 28 (của tháng, hoặc tháng cuối quý khi thu theo quý), hoặc <code>cuoi</code> (ngày cuối tháng), ví dụ <code>/doanphi han 10</code>."
T["fee.share.usage"] = "Mình chưa hiểu tỉ lệ «{{text}}». Trích nộp cấp trên là phần trăm từ 0 đến 100, ví dụ <code>/doanphi trichnop 30</code>."
T["fee.account.usage"] = "Ghi ngân hàng, số tài khoản và tên chủ tài khoản, ví dụ <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code> (ngân hàng ghi tên hoặc mã BIN 6 số, như <code>970436</code>)."
T["fee.account.unknown_bank"] = "Không tìm thấy ngân hàng «{{text}}». Ghi tên ngắn (Vietcombank, BIDV, VietinBank, MBBank…) hoặc mã BIN 6 số, ví dụ <code>/doanphi tk 970436 0123456789 NGUYEN VAN AN</code>."
T["fee.account.ambiguous_bank"] = "«{{text}}» có thể là: {{banks}}. Ghi rõ tên ngân hàng, ví dụ <code>/doanphi tk {{example}} 0123456789 NGUYEN VAN AN</code>."
T["fee.account.bad_number"] = "Số tài khoản «{{text}}» chỉ được gồm chữ số (4 đến 19 số), ví dụ <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>."
T["fee.account.saved"] = "✅ Tài khoản nhận đoàn phí: <b>{{bank}}</b> ({{name}}, BIN {{bin}}) · {{number}} · {{holder}}. Từ giờ <code>/doanphi</code> của đoàn viên có mã VietQR đúng số tiền phải nộp. Hãy kiểm tra lại số tài khoản và tên chủ tài khoản."
T["fee.category.usage"] = "Ghi số thứ tự trong /thanhvien và nhóm: <code>/doanphi nhom 3 thunhap</code> (có thu nhập) hoặc <code>/doanphi nhom 3,5 khongthunhap</code>; nhóm của người chưa xếp: <code>/doanphi nhom macdinh thunhap</code>. Trả lời tin của một đoàn viên bằng <code>/doanphi nhom thunhap</code> cũng được."
T["fee.category.saved"] = "✅ Đã xếp {{names}} vào nhóm «{{category}}» từ {{month}}; các tháng trước giữ nguyên."

T["fee.mark.usage"] = "Ghi ai đã nộp: trả lời tin của đoàn viên bằng <code>/doanphi nop</code>, hoặc <code>/doanphi nop 3, 5 T12</code> (số thứ tự trong /thanhvien, rồi kỳ; thêm số tiền nếu nộp khác mức, như <code>3k</code>), hoặc <code>/doanphi cả chi đoàn đã nộp quý 4 trừ 3, 7</code>. Chọn từ danh sách: <code>/doanphi</code> → <b>Đánh dấu đã nộp</b>."
T["fee.mark.done"] = "✅ Phiếu số {{number}}: {{name}} đã nộp {{amount}} đ ({{periods}})."
T["fee.mark.nothing"] = "{{name}} đã nộp đủ {{period}} rồi, không ghi thêm. Ghi nhầm trước đó? <code>/doanphi huy &lt;số phiếu&gt; &lt;lý do&gt;</code>"
T["fee.mark.before_start"] = "Sổ đoàn phí bắt đầu từ {{start}}; không ghi được kỳ trước đó. Ghi kỳ từ {{start}} trở đi, ví dụ <code>/doanphi nop 3 {{start}}</code>."
T["fee.mark.not_member"] = "Người này không có trong danh sách chi đoàn nên không có trong sổ đoàn phí. Thêm bằng <code>/thanhvien_them</code>, hoặc ghi theo số thứ tự: <code>/doanphi nop 3</code>."
T["fee.mark.pick"] = "<b>Đánh dấu đã nộp {{period}}</b>: còn {{left}} người chưa nộp đủ (trang {{page}}/{{pages}}). Bấm tên để ghi đã nộp số còn thiếu; ⏳ là người đã báo nộp, chờ xác nhận."
T["fee.mark.next_button"] = "Trang sau ▶"
T["fee.mark.sent_private_toast"] = "Đã gửi vào chat riêng của bạn."
T["fee.mark.gone"] = "Người này không còn trong danh sách chi đoàn."
T["fee.mark.all_paid"] = "Mọi người đã nộp đủ {{period}}. 🎉 Xem sổ: <code>/doanphi xuat</code>"

T["fee.bulk.preview"] = "Sẽ ghi <b>{{count}} người</b> đã nộp {{period}}, tổng <b>{{amount}} đ</b>{{#except}}; trừ {{except}}{{/except}}{{#already}}; {{already}} người đã nộp đủ từ trước{{/already}}. Bấm <b>Xác nhận</b> để ghi, <b>Hủy</b> nếu chưa đúng."
T["fee.bulk.done"] = "✅ Đã ghi {{count}} người đã nộp {{period}}: {{amount}} đ (phiếu số {{first}}–{{last}}). Xem ai còn nợ: <code>/doanphi_no</code>"
T["fee.bulk.already_done"] = "Đợt ghi này đã xong rồi, không ghi thêm. Xem ai còn nợ: <code>/doanphi_no</code>"
T["fee.bulk.cancelled"] = "Đã hủy, không ghi gì. Gõ lại lệnh khi cần."
T["fee.bulk.nobody"] = "Không còn ai phải nộp {{period}}: mọi người đã nộp đủ."

T["fee.fix.usage"] = "Hủy một phiếu ghi nhầm: <code>/doanphi huy 12 ghi nhầm người</code>; sửa số tiền: <code>/doanphi sua 12 3k nộp thiếu</code> (số phiếu xem trong sổ đoàn phí <code>/doanphi xuat</code>; lý do bắt buộc)."
T["fee.fix.no_such_record"] = "Sổ đoàn phí của chi đoàn không có phiếu số {{number}}. Xem các phiếu: <code>/doanphi xuat</code>"
T["fee.fix.already_void"] = "Phiếu số {{number}} đã bị hủy hoặc là phiếu hủy; không sửa được nữa. Ghi lại bằng <code>/doanphi nop</code> nếu cần."
T["fee.fix.not_member"] = "Phiếu số {{number}} là của người không còn trong danh sách chi đoàn; không sửa được."
T["fee.fix.no_reason"] = "Hãy ghi lý do ({{min}}–{{max}} ký tự) sau số phiếu, ví dụ <code>/doanphi huy 12 ghi nhầm người</code>."
T["fee.fix.voided"] = "✅ Đã hủy phiếu số {{number}} ({{name}}, {{amount}} đ) bằng phiếu số {{void}}; lý do: {{reason}}. Sổ vẫn giữ cả hai phiếu."
T["fee.fix.corrected"] = "✅ Phiếu số {{number}} được thay bằng phiếu số {{fixed}}: {{name}} nộp {{amount}} đ ({{periods}}); lý do: {{reason}}. Sổ vẫn giữ phiếu cũ và phiếu hủy số {{void}}."

T["fee.report.ask"] = "Bạn báo đã nộp <b>{{owed}} đ</b> ({{periods}}). Gửi ảnh chụp màn hình giao dịch nếu có (không bắt buộc), hoặc bấm <b>Gửi không kèm ảnh</b>."
T["fee.report.button_no_photo"] = "Gửi không kèm ảnh"
T["fee.report.not_photo"] = "Mình cần một ảnh (chụp màn hình giao dịch). Không có ảnh thì bấm <b>Gửi không kèm ảnh</b>, hoặc /huy để thôi."
T["fee.report.sent"] = "✅ Đã gửi BCH xác nhận khoản <b>{{amount}} đ</b> ({{periods}}). Bot sẽ báo bạn khi BCH xác nhận; trong lúc chờ, bạn không bị nhắc nộp."
T["fee.report.nothing_owed"] = "Bạn không còn nợ đoàn phí kỳ nào. Xem lại: <code>/doanphi</code>"
T["fee.report.waiting"] = "Khoản bạn báo đã nộp đang chờ BCH xác nhận; bot sẽ báo bạn khi có kết quả. Xem lại: <code>/doanphi</code>"
T["fee.request.to_lead"] = "🧾 <b>{{name}}</b> ({{code}}, {{branch}}) báo đã nộp <b>{{amount}} đ</b> ({{periods}}){{#photo}}, kèm ảnh giao dịch{{/photo}}{{#photoElsewhere}}, có ảnh giao dịch gửi trên {{> platform}}{{/photoElsewhere}}. Kiểm tra tài khoản rồi bấm <b>Xác nhận</b> hoặc <b>Từ chối</b>."
T["fee.request.confirmed"] = "✅ Đã xác nhận {{name}} nộp {{amount}} đ ({{periods}}){{#number}}, phiếu số {{number}}{{/number}}{{^number}}; các tháng này đã được ghi trước đó nên không ghi thêm{{/number}}. Bot đã báo {{name}}."
T["fee.request.rejected"] = "Đã từ chối khoản {{name}} báo nộp {{amount}} đ ({{periods}}). Bot đã báo {{name}} liên hệ BCH."
T["fee.request.already"] = "Yêu cầu này đã được {{by}} {{#confirmed}}xác nhận{{/confirmed}}{{#rejected}}từ chối{{/rejected}} rồi ({{name}}, {{amount}} đ)."
T["fee.request.gone"] = "Yêu cầu này không còn nữa. Gõ <code>/doanphi</code> để xem lại."
T["fee.request.member_confirmed"] = "✅ BCH ({{by}}) đã xác nhận bạn nộp {{amount}} đ ({{periods}}). Cảm ơn bạn! Xem lại: <code>/doanphi</code>"
T["fee.request.member_rejected"] = "BCH ({{by}}) chưa xác nhận khoản {{amount}} đ bạn báo nộp ({{periods}}). Nếu bạn đã chuyển khoản, hãy gửi BCH ảnh giao dịch; xem lại và báo lại: <code>/doanphi</code>"

T["fee.owed.text"] = """📋 <b>Còn nợ đoàn phí — {{branch}}</b> ({{period}}, hạn {{deadline}})
{{#lines}}{{number}}. {{name}} ({{code}}): {{owed}} đ — {{periods}}
{{/lines}}{{#none}}Không ai còn nợ. 🎉
{{/none}}Tổng: <b>{{count}} người, {{total}} đ</b>. Đã thu {{period}}: {{collected}}/{{expected}} đ.
{{#waiting}}{{#-first}}⏳ Chờ xác nhận: {{/-first}}{{number}}. {{name}}{{^-last}}, {{/-last}}{{#-last}}
{{/-last}}{{/waiting}}Ghi đã nộp: <code>/doanphi</code> → <b>Đánh dấu đã nộp</b>, hoặc <code>/doanphi nop 3</code>."""
T["fee.export.file"] = "📎 Sổ đoàn phí {{branch}} — {{period}} ({{file}})"
T["fee.export.book_sheet"] = "Sổ đoàn phí"
T["fee.export.records_sheet"] = "Phiếu thu"
T["fee.export.remit_sheet"] = "Trích nộp"
T["fee.export.book_head"] = "STT|Họ tên|Mã đoàn viên|Nhóm"
T["fee.export.book_tail"] = "Phải nộp đến nay|Đã nộp|Còn nợ"
T["fee.export.records_header"] = "Số phiếu|Ngày ghi|Mã đoàn viên|Họ tên|Loại|Kỳ|Số tiền|Người ghi|Lý do|Sửa phiếu số"
T["fee.export.remit_header"] = "Kỳ|Số tiền|Người ghi|Ngày ghi"
T["fee.export.total"] = "Tổng"
T["fee.export.erased"] = "(đã xóa dữ liệu)"
T["fee.export.open"] = "Đã mở"
T["fee.export.closed"] = "Chưa mở"
T["fee.export.branches_sheet"] = "Theo chi đoàn"
T["fee.export.units_sheet"] = "Theo đơn vị"
T["fee.export.branches_header"] = "Đơn vị|Chi đoàn|Đoàn viên|Sổ đoàn phí|Phải thu đến nay|Đã thu|Tỉ lệ (%)|Đã trích nộp"
T["fee.export.units_header"] = "Đơn vị|Số chi đoàn|Đoàn viên|Phải thu đến nay|Đã thu|Tỉ lệ (%)|Đã trích nộp"
T["fee.remit.usage"] = "Ghi số tiền đã trích nộp cấp trên cho một kỳ: <code>/doanphi capnop quý 4 15k</code> hoặc <code>/doanphi capnop T12 6000</code>."
T["fee.remit.done"] = "✅ Đã ghi trích nộp {{period}}: {{amount}} đ (cả kỳ đã nộp lên {{total}} đ; theo tỉ lệ {{share}}% của {{collected}} đ đã thu là {{expected}} đ)."
T["fee.subtree.text"] = """📊 <b>Đoàn phí {{unit}}</b> — {{period}}
Toàn đơn vị: {{branches}} chi đoàn, {{members}} đoàn viên · phải thu đến nay {{expected}} đ · đã thu <b>{{collected}} đ ({{rate}}%)</b> · đã trích nộp {{passed}} đ
{{#units}}• <b>{{name}}</b>: {{branches}} chi đoàn, {{members}} đoàn viên · phải thu {{expected}} đ · đã thu {{collected}} đ ({{rate}}%) · trích nộp {{passed}} đ
{{/units}}{{#nothing}}Chưa thu được gì ({{nothingCount}} chi đoàn): {{nothing}}{{#nothingMore}} và {{nothingMore}} chi đoàn khác{{/nothingMore}}
{{/nothing}}{{#closed}}Chưa mở sổ đoàn phí: {{closed}} chi đoàn.
{{/closed}}Chi tiết từng chi đoàn trong tệp Excel gửi vào tin nhắn riêng. Kỳ khác: <code>/doanphi_no quý 4</code>"""
T["fee.subtree.file"] = "📎 Đoàn phí theo chi đoàn và đơn vị ({{file}})"
T["fee.reminder.owed"] = """⏰ <b>Nhắc đoàn phí — {{branch}}</b>
{{#today}}Hôm nay ({{deadline}}) là hạn nộp.{{/today}}{{#days}}Hạn nộp: {{deadline}} (còn {{days}} ngày).{{/days}}
Bạn cần nộp <b>{{owed}} đ</b> ({{periods}}).
{{#account}}💳 Quét mã VietQR kèm theo bằng ứng dụng ngân hàng: số tiền và nội dung <b>{{memo}}</b> đã điền sẵn ({{bank}} · {{number}} · {{holder}}).{{/account}}{{^account}}Hãy nộp trực tiếp cho BCH chi đoàn.{{/account}}
Nộp xong, bấm <b>Tôi đã nộp</b>."""
T["fee.reminder.summary"] = """📋 <b>Tổng kết đoàn phí {{period}} — {{branch}}</b> (hạn {{deadline}} đã qua)
Đã nộp đủ: <b>{{paid}}/{{members}}</b> người · Đã thu: {{collected}}/{{expected}} đ
{{#owing}}Còn nợ {{period}}: {{count}} người, {{total}} đ — {{names}}{{/owing}}{{^owing}}Mọi người đã nộp đủ. 🎉{{/owing}}
{{#waiting}}⏳ {{waiting}} yêu cầu «Tôi đã nộp» đang chờ BCH xác nhận.
{{/waiting}}Chi tiết: <code>/doanphi_no</code> · Sổ đoàn phí (Excel): <code>/doanphi xuat</code>"""
T["fee.profile"] = "<b>Đoàn phí</b> ({{branch}}): {{#owed}}còn nợ {{owed}} đ ({{periods}}) — gõ <code>/doanphi</code> để xem mã VietQR{{/owed}}{{^owed}}{{#waiting}}đang chờ BCH xác nhận khoản đã nộp{{/waiting}}{{^waiting}}đã nộp đủ{{#until}} đến {{until}}{{/until}}{{/waiting}}{{/owed}}"
T["activity.fee.collected"] = "Đoàn phí đã thu (đ)"
T["activity.fee.paid"] = "Đoàn phí đã nộp (đ)"
T["activity.fee.passed_up"] = "Đoàn phí đã trích nộp (đ)"
