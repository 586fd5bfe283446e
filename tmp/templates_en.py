T = {}
T["command.doanphi.help"] = "<code>/doanphi</code> — membership fees: members see what they paid and owe and scan a VietQR code to pay; the committee sets the fees, confirms and records payments and exports the book. e.g. <code>/doanphi</code>, <code>/doanphi caidat</code>, <code>/doanphi nop 3 T12</code>"
T["command.doanphi.usage"] = """<b>How to use /doanphi</b>
<code>/doanphi</code> — your fees and a VietQR code to pay (committee: the whole branch at a glance)
<b>Committee:</b>
<code>/doanphi mo</code> open the book · <code>/doanphi caidat</code> settings
<code>/doanphi muc 2k 5k</code> monthly amounts (no income, with income) · <code>/doanphi ky quy</code> (quarterly) · <code>/doanphi han 10</code> (deadline)
<code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code> receiving account · <code>/doanphi trichnop 30</code> (share passed up, %)
<code>/doanphi nhom 3 thunhap</code> put member no. 3 in the "with income" category
<code>/doanphi nop 3, 5 T12</code> record payments (or reply to a member's message with <code>/doanphi nop</code>)
<code>/doanphi cả chi đoàn đã nộp quý 4 trừ 3, 7</code> record the whole branch but nos. 3 and 7
<code>/doanphi huy 12 wrong person</code> · <code>/doanphi sua 12 3k paid less</code> correct record no. 12 (with a reason)
<code>/doanphi xuat 2026</code> the fee book (Excel) · <code>/doanphi_no</code> who owes · <code>/doanphi capnop quý 4 15k</code> money passed up
Amounts: <code>5000</code>, <code>5.000</code>, <code>5k</code>, <code>5 nghìn</code> · Periods: <code>T12</code>, <code>12/2026</code>, <code>quý 4</code>, <code>2026</code>"""
T["command.doanphi_no.help"] = "<code>/doanphi_no</code> — (committee) who owes fees and how much; (officer) the collection of the units below, with an Excel file. e.g. <code>/doanphi_no</code>, <code>/doanphi_no quý 4</code>"
T["command.doanphi_no.usage"] = """<b>How to use /doanphi_no</b>
<code>/doanphi_no</code> — in a branch: who owes what, with totals (sent to your private chat)
Officers, in the private chat: <code>/doanphi_no</code> (this year), <code>/doanphi_no quý 4</code>, <code>/doanphi_no 12/2026</code> — due, collected and passed up per unit, with an Excel file"""

T["money.bad"] = "I can't read the amount «{{text}}». Write đồng like <code>5000</code>, <code>5.000</code>, <code>5k</code> or <code>5 nghìn</code>, e.g. <code>{{example}}</code>"
T["money.negative"] = "An amount can't be negative («{{text}}»). Write đồng, e.g. <code>{{example}}</code>"
T["money.zero"] = "The amount must be more than 0 đ. e.g. <code>{{example}}</code>"
T["money.too_large"] = "«{{text}}» is too much: at most {{max}} đ. Check the zeros, e.g. <code>{{example}}</code>"

T["fee.period"] = "{{#month}}{{month}}/{{year}}{{/month}}{{#quarter}}Q{{quarter}}/{{year}}{{/quarter}}{{#fromMonth}}{{fromMonth}}/{{fromYear}}–{{toMonth}}/{{year}}{{/fromMonth}}{{^month}}{{^quarter}}{{^fromMonth}}Year {{year}}{{/fromMonth}}{{/quarter}}{{/month}}"
T["fee.period.bad"] = "I can't read the period «{{text}}». Write a month (<code>T12</code>, <code>12/2026</code>, <code>tháng 12</code>), a quarter (<code>quý 4</code>, <code>Q4/2026</code>) or a year (<code>2026</code>), e.g. <code>/doanphi xuat quý 4</code>."
T["fee.category.low"] = "pupils, students, no income"
T["fee.category.income"] = "with income"
T["fee.cycle.monthly"] = "monthly"
T["fee.cycle.quarterly"] = "quarterly"
T["fee.deadline"] = "{{#last}}the last day of each {{#quarterly}}quarter{{/quarterly}}{{^quarterly}}month{{/quarterly}}{{/last}}{{#day}}day {{day}} of {{#quarterly}}each quarter's last month{{/quarterly}}{{^quarterly}}each month{{/quarterly}}{{/day}}"
T["fee.deadline_last"] = "the month's end"
T["fee.deadline_day"] = "day {{day}}"
T["fee.kind.confirmed"] = "Reported by the member, confirmed by the committee"
T["fee.kind.marked"] = "Recorded by the committee"
T["fee.kind.bulk"] = "Recorded for the whole branch"
T["fee.kind.void"] = "Record taken back"
T["fee.kind.correction"] = "Recorded again (correction)"
T["fee.change.opened"] = "fee book opened from {{after}}"
T["fee.change.amount_low"] = "amount (pupils, students, no income) {{#before}}{{before}} đ → {{/before}}{{after}} đ a month"
T["fee.change.amount_income"] = "amount (with income) {{#before}}{{before}} đ → {{/before}}{{after}} đ a month"
T["fee.change.default_category"] = "category of members not placed: {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.category"] = "{{member}}'s category: {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.cycle"] = "collection {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.deadline"] = "deadline {{#before}}{{before}} → {{/before}}{{after}}"
T["fee.change.share"] = "share passed up {{#before}}{{before}}% → {{/before}}{{after}}%"
T["fee.change.account"] = "receiving account {{#before}}{{before}} → {{/before}}{{after}}"

T["fee.no_branch"] = "You are in no branch yet, so you have no fees. Join your branch with the <b>Tham gia chi đoàn</b> button in its group, then type <code>/doanphi</code>."
T["fee.not_open"] = "The branch has not opened its fee book. The committee types <code>/doanphi mo</code> to open it with the usual amounts, or <code>/doanphi muc 2k 5k</code> to set them."
T["fee.not_lead"] = "Only the branch committee (or an officer above it) can do this. Your own fees: <code>/doanphi</code>"
T["fee.sent_private"] = "Sent to your private chat."

T["fee.status.text"] = """💰 <b>Membership fees — {{branch}}</b>
Member code: <b>{{code}}</b> · Fee: {{amount}} đ a month ({{category}})
{{#older}}({{older}} older periods are in the book.)
{{/older}}{{#lines}}{{#isDone}}✅ {{period}}: paid {{paid}} đ{{#by}} — recorded by {{by}} on {{on}}{{/by}}{{/isDone}}{{#isPending}}⏳ {{period}}: {{due}} đ — waiting for the committee to confirm{{/isPending}}{{#isPartial}}🟡 {{period}}: paid {{paid}}/{{due}} đ, {{remaining}} đ short (due {{deadline}}){{/isPartial}}{{#isOwed}}❌ {{period}}: {{due}} đ not paid (due {{deadline}}){{/isOwed}}{{#isLate}}❗ {{period}}: {{due}} đ not paid — overdue since {{deadline}}{{/isLate}}
{{/lines}}{{#none}}Nothing to pay yet.
{{/none}}{{#owed}}To pay: <b>{{owed}} đ</b> ({{periods}}).{{/owed}}{{^owed}}{{#waiting}}The payment you reported waits for the committee; the bot will tell you when they decide.{{/waiting}}{{^waiting}}You are all paid up. Thank you! 💚{{/waiting}}{{/owed}}"""
T["fee.status.pay"] = """{{#account}}💳 Scan the VietQR code with your banking app: the amount <b>{{owed}} đ</b> and the memo <b>{{memo}}</b> are filled in; to {{holder}}, {{bank}} · {{number}}.{{/account}}{{^account}}💵 The branch has no receiving account yet: pay <b>{{owed}} đ</b> to the committee in person.{{/account}}
Once paid, press <b>I have paid</b> for the committee to confirm."""
T["fee.status.not_open"] = "{{branch}} does not collect fees through the bot yet. Once the committee opens the fee book, type <code>/doanphi</code> to see and pay."
T["fee.status.not_in_book"] = "You are not in {{branch}}'s fee book. If you are a member of the branch, ask the committee to add you to the roster (<code>/thanhvien_them</code>)."
T["fee.status.sent_private"] = "I sent your fees to your private chat."
T["fee.status.open_private"] = "Fees are each member's own business: press the button to see yours in your private chat with the bot."
T["fee.status.start_first"] = "I can't write to you privately yet: open a private chat with the bot (tap its name, then Start) and type the command again."
T["fee.button.open_private"] = "See my fees"
T["fee.button.paid"] = "I have paid"
T["fee.button.confirm"] = "Confirm"
T["fee.button.reject"] = "Reject"
T["fee.button.cancel"] = "Cancel"
T["fee.button.mark"] = "Record payments"
T["fee.button.owed"] = "Who owes"
T["fee.button.book"] = "Fee book (Excel)"
T["fee.button.settings"] = "Settings"
T["fee.toast.not_lead"] = "Only the branch committee can do this."
T["fee.toast.not_yours"] = "This button is another member's. Type /doanphi to see your fees."
T["fee.toast.start_first"] = "Open a private chat with the bot first (tap its name, then Start)."

T["fee.overview.text"] = """💰 <b>{{branch}} fees</b> — {{period}} (due {{deadline}})
Paid in full: <b>{{paid}}/{{members}}</b> · Collected: {{collected}}/{{expected}} đ{{#waiting}} · ⏳ Waiting to confirm: {{waiting}}{{/waiting}}
Owing (earlier periods included): {{owing}} members, {{owed}} đ.
Pick below, or type <code>/doanphi nop 3 T12</code> (by roster number), <code>/doanphi cả chi đoàn đã nộp T12 trừ 3</code>."""
T["fee.overview.not_open"] = "{{branch}} has not opened its fee book. Type <code>/doanphi mo</code> to open it with the usual amounts (2.000 đ a month for pupils, students and members without income; 5.000 đ for members with income), or set your own: <code>/doanphi muc 2k 5k</code>. Settings: <code>/doanphi caidat</code>"

T["fee.settings.show"] = """⚙️ <b>Fee settings — {{branch}}</b>{{^open}} (book not open: the usual terms below){{/open}}
• Monthly amounts: <b>{{low}} đ</b> (pupils, students, no income), <b>{{income}} đ</b> (with income) — <code>/doanphi muc 2k 5k</code>
• Category of members not placed: {{defaultCategory}} — <code>/doanphi nhom macdinh thunhap</code>; one member: <code>/doanphi nhom 3 thunhap</code> (roster number in /thanhvien)
• Collection: {{cycle}} — <code>/doanphi ky quy</code> or <code>/doanphi ky thang</code>
• Deadline: {{deadline}} — <code>/doanphi han 10</code> or <code>/doanphi han cuoi</code>
• Receiving account: {{#account}}{{bank}} · {{number}} · {{holder}}{{/account}}{{^account}}none yet (members get no VietQR code){{/account}} — <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>
• Share passed up: {{share}}% — <code>/doanphi trichnop 30</code>
• Reminders to those who owe: {{#offsets}}{{text}}, {{/offsets}}and on the deadline day — <code>/nhacnho doanphi 3n,1n</code>
{{#changes}}{{#-first}}<b>Recent changes</b>
{{/-first}}• {{at}} {{by}}: {{{what}}}
{{/changes}}{{#open}}Each change applies from {{month}}; earlier months keep what was owed.{{/open}}{{^open}}Type <code>/doanphi mo</code> to open the book with these terms, or set your own first.{{/open}}"""
T["fee.settings.opened"] = """✅ {{branch}}'s fee book is open from {{month}}: {{low}} đ a month (pupils, students, no income), {{income}} đ a month (with income); collected {{cycle}}, due {{deadline}}.
Next: add the receiving account so members can scan a VietQR code, e.g. <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>. See and change the settings: <code>/doanphi caidat</code>"""
T["fee.settings.saved"] = "✅ Saved: {{{what}}}. Applies from {{month}}; earlier months stay as they were. All settings: <code>/doanphi caidat</code>"
T["fee.amounts.usage"] = "Write the monthly amounts: <code>/doanphi muc 2k 5k</code> (pupils, students, no income; with income), or one category: <code>/doanphi muc thunhap 5000</code>."
T["fee.cycle.usage"] = "I can't read the collection «{{text}}». Write <code>thang</code> (monthly) or <code>quy</code> (quarterly), e.g. <code>/doanphi ky quy</code>."
T["fee.deadline.usage"] = "I can't read the deadline «{{text}}». It is a day from 1 to 28 (of the month, or of the quarter's last month when collecting quarterly), or <code>cuoi</code> (the month's end), e.g. <code>/doanphi han 10</code>."
T["fee.share.usage"] = "I can't read the share «{{text}}». The share passed up is a percentage from 0 to 100, e.g. <code>/doanphi trichnop 30</code>."
T["fee.account.usage"] = "Write the bank, the account number and the holder's name, e.g. <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code> (the bank by name or by its six-digit BIN, like <code>970436</code>)."
T["fee.account.unknown_bank"] = "No bank «{{text}}». Write its short name (Vietcombank, BIDV, VietinBank, MBBank…) or its six-digit BIN, e.g. <code>/doanphi tk 970436 0123456789 NGUYEN VAN AN</code>."
T["fee.account.ambiguous_bank"] = "«{{text}}» could be: {{banks}}. Name the bank fully, e.g. <code>/doanphi tk {{example}} 0123456789 NGUYEN VAN AN</code>."
T["fee.account.bad_number"] = "An account number («{{text}}») is digits only (4 to 19), e.g. <code>/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN</code>."
T["fee.account.saved"] = "✅ Receiving account: <b>{{bank}}</b> ({{name}}, BIN {{bin}}) · {{number}} · {{holder}}. Members' <code>/doanphi</code> now has a VietQR code for exactly what they owe. Please check the number and the holder's name."
T["fee.category.usage"] = "Write roster numbers (from /thanhvien) and the category: <code>/doanphi nhom 3 thunhap</code> (with income) or <code>/doanphi nhom 3,5 khongthunhap</code>; members not placed: <code>/doanphi nhom macdinh thunhap</code>. Replying to a member's message with <code>/doanphi nhom thunhap</code> works too."
T["fee.category.saved"] = "✅ {{names}} now in «{{category}}» from {{month}}; earlier months stay as they were."

T["fee.mark.usage"] = "Record who paid: reply to a member's message with <code>/doanphi nop</code>, or <code>/doanphi nop 3, 5 T12</code> (roster numbers, then the period; add an amount if it differs, like <code>3k</code>), or <code>/doanphi cả chi đoàn đã nộp quý 4 trừ 3, 7</code>. Pick from the roster: <code>/doanphi</code> → <b>Record payments</b>."
T["fee.mark.done"] = "✅ Record no. {{number}}: {{name}} paid {{amount}} đ ({{periods}})."
T["fee.mark.nothing"] = "{{name}} has paid {{period}} in full already; nothing recorded. A mistaken earlier record? <code>/doanphi huy &lt;record no.&gt; &lt;reason&gt;</code>"
T["fee.mark.before_start"] = "The fee book starts in {{start}}; earlier periods can't be recorded. Record {{start}} or later, e.g. <code>/doanphi nop 3 {{start}}</code>."
T["fee.mark.not_member"] = "This person is not on the branch's roster, so not in its fee book. Add them with <code>/thanhvien_them</code>, or record by roster number: <code>/doanphi nop 3</code>."
T["fee.mark.pick"] = "<b>Record payments for {{period}}</b>: {{left}} members have not paid in full (page {{page}}/{{pages}}). Press a name to record what is missing; ⏳ means they reported paying and wait for you."
T["fee.mark.next_button"] = "Next page ▶"
T["fee.mark.sent_private_toast"] = "Sent to your private chat."
T["fee.mark.gone"] = "This person is no longer on the branch's roster."
T["fee.mark.all_paid"] = "Everyone has paid {{period}} in full. 🎉 The book: <code>/doanphi xuat</code>"

T["fee.bulk.preview"] = "I will record <b>{{count}} members</b> as paid for {{period}}, <b>{{amount}} đ</b> in all{{#except}}; except {{except}}{{/except}}{{#already}}; {{already}} had paid in full already{{/already}}. Press <b>Confirm</b> to record it, <b>Cancel</b> if it is not right."
T["fee.bulk.done"] = "✅ Recorded {{count}} members as paid for {{period}}: {{amount}} đ (records {{first}}–{{last}}). Who owes: <code>/doanphi_no</code>"
T["fee.bulk.already_done"] = "This was recorded already; nothing more. Who owes: <code>/doanphi_no</code>"
T["fee.bulk.cancelled"] = "Cancelled; nothing recorded. Type the command again when ready."
T["fee.bulk.nobody"] = "Nobody owes {{period}}: everyone has paid in full."

T["fee.fix.usage"] = "Take a mistaken record back: <code>/doanphi huy 12 wrong person</code>; fix its amount: <code>/doanphi sua 12 3k paid less</code> (record numbers are in the fee book, <code>/doanphi xuat</code>; a reason is required)."
T["fee.fix.no_such_record"] = "The branch's fee book has no record no. {{number}}. The records: <code>/doanphi xuat</code>"
T["fee.fix.already_void"] = "Record no. {{number}} was taken back already, or takes another back; it can't be changed. Record anew with <code>/doanphi nop</code> if need be."
T["fee.fix.not_member"] = "Record no. {{number}} is of someone no longer on the roster; it can't be changed."
T["fee.fix.no_reason"] = "Write a reason ({{min}}–{{max}} characters) after the record number, e.g. <code>/doanphi huy 12 wrong person</code>."
T["fee.fix.voided"] = "✅ Record no. {{number}} ({{name}}, {{amount}} đ) taken back by record no. {{void}}; reason: {{reason}}. The book keeps both."
T["fee.fix.corrected"] = "✅ Record no. {{number}} replaced by record no. {{fixed}}: {{name}} paid {{amount}} đ ({{periods}}); reason: {{reason}}. The book keeps the old record and no. {{void}}, which takes it back."

T["fee.report.ask"] = "You report paying <b>{{owed}} đ</b> ({{periods}}). Send a screenshot of the transfer if you have one (optional), or press <b>Send without a photo</b>."
T["fee.report.button_no_photo"] = "Send without a photo"
T["fee.report.not_photo"] = "I need a picture (a screenshot of the transfer). Without one, press <b>Send without a photo</b>, or /huy to stop."
T["fee.report.sent"] = "✅ Sent to the committee to confirm: <b>{{amount}} đ</b> ({{periods}}). The bot will tell you when they do; meanwhile you get no reminders."
T["fee.report.nothing_owed"] = "You owe no fees. See: <code>/doanphi</code>"
T["fee.report.waiting"] = "The payment you reported waits for the committee; the bot will tell you when they decide. See: <code>/doanphi</code>"
T["fee.request.to_lead"] = "🧾 <b>{{name}}</b> ({{code}}, {{branch}}) reports paying <b>{{amount}} đ</b> ({{periods}}){{#photo}}, with a photo of the transfer{{/photo}}{{#photoElsewhere}}, with a photo of the transfer sent on {{> platform}}{{/photoElsewhere}}. Check the account, then press <b>Confirm</b> or <b>Reject</b>."
T["fee.request.confirmed"] = "✅ Confirmed: {{name}} paid {{amount}} đ ({{periods}}){{#number}}, record no. {{number}}{{/number}}{{^number}}; those months were recorded already, so nothing more was{{/number}}. {{name}} has been told."
T["fee.request.rejected"] = "Rejected {{name}}'s reported payment of {{amount}} đ ({{periods}}). {{name}} has been told to contact the committee."
T["fee.request.already"] = "{{by}} has {{#confirmed}}confirmed{{/confirmed}}{{#rejected}}rejected{{/rejected}} this already ({{name}}, {{amount}} đ)."
T["fee.request.gone"] = "This request is gone. Type <code>/doanphi</code> to see where things stand."
T["fee.request.member_confirmed"] = "✅ The committee ({{by}}) confirmed your payment of {{amount}} đ ({{periods}}). Thank you! See: <code>/doanphi</code>"
T["fee.request.member_rejected"] = "The committee ({{by}}) did not confirm the {{amount}} đ you reported paying ({{periods}}). If you did transfer it, send them a screenshot of the transfer; see and report again: <code>/doanphi</code>"

T["fee.owed.text"] = """📋 <b>Owing fees — {{branch}}</b> ({{period}}, due {{deadline}})
{{#lines}}{{number}}. {{name}} ({{code}}): {{owed}} đ — {{periods}}
{{/lines}}{{#none}}Nobody owes. 🎉
{{/none}}Total: <b>{{count}} members, {{total}} đ</b>. Collected for {{period}}: {{collected}}/{{expected}} đ.
{{#waiting}}{{#-first}}⏳ Waiting to confirm: {{/-first}}{{number}}. {{name}}{{^-last}}, {{/-last}}{{#-last}}
{{/-last}}{{/waiting}}Record payments: <code>/doanphi</code> → <b>Record payments</b>, or <code>/doanphi nop 3</code>."""
T["fee.export.file"] = "📎 {{branch}} fee book — {{period}} ({{file}})"
T["fee.export.book_sheet"] = "Fee book"
T["fee.export.records_sheet"] = "Records"
T["fee.export.remit_sheet"] = "Passed up"
T["fee.export.book_head"] = "No.|Name|Member code|Category"
T["fee.export.book_tail"] = "Due so far|Paid|Owing"
T["fee.export.records_header"] = "Record no.|Recorded on|Member code|Name|Kind|Periods|Amount|Recorded by|Reason|Corrects no."
T["fee.export.remit_header"] = "Period|Amount|Recorded by|Recorded on"
T["fee.export.total"] = "Total"
T["fee.export.erased"] = "(data erased)"
T["fee.export.open"] = "Open"
T["fee.export.closed"] = "Not open"
T["fee.export.branches_sheet"] = "By branch"
T["fee.export.units_sheet"] = "By unit"
T["fee.export.branches_header"] = "Unit|Branch|Members|Fee book|Due so far|Collected|Rate (%)|Passed up"
T["fee.export.units_header"] = "Unit|Branches|Members|Due so far|Collected|Rate (%)|Passed up"
T["fee.remit.usage"] = "Record what was passed up to the upper level for a period: <code>/doanphi capnop quý 4 15k</code> or <code>/doanphi capnop T12 6000</code>."
T["fee.remit.done"] = "✅ Recorded {{amount}} đ passed up for {{period}} ({{total}} đ for the period in all; {{share}}% of the {{collected}} đ collected is {{expected}} đ)."
T["fee.subtree.text"] = """📊 <b>{{unit}} fees</b> — {{period}}
Whole unit: {{branches}} branches, {{members}} members · due so far {{expected}} đ · collected <b>{{collected}} đ ({{rate}}%)</b> · passed up {{passed}} đ
{{#units}}• <b>{{name}}</b>: {{branches}} branches, {{members}} members · due {{expected}} đ · collected {{collected}} đ ({{rate}}%) · passed up {{passed}} đ
{{/units}}{{#nothing}}Collected nothing ({{nothingCount}} branches): {{nothing}}{{#nothingMore}} and {{nothingMore}} more{{/nothingMore}}
{{/nothing}}{{#closed}}Fee book not open: {{closed}} branches.
{{/closed}}Each branch is in the Excel file sent to your private chat. Another period: <code>/doanphi_no quý 4</code>"""
T["fee.subtree.file"] = "📎 Fees by branch and unit ({{file}})"
T["fee.reminder.owed"] = """⏰ <b>Fee reminder — {{branch}}</b>
{{#today}}Today ({{deadline}}) is the deadline.{{/today}}{{#days}}Deadline: {{deadline}} ({{days}} days left).{{/days}}
You owe <b>{{owed}} đ</b> ({{periods}}).
{{#account}}💳 Scan the VietQR code here with your banking app: the amount and the memo <b>{{memo}}</b> are filled in ({{bank}} · {{number}} · {{holder}}).{{/account}}{{^account}}Pay the branch committee in person.{{/account}}
Once paid, press <b>I have paid</b>."""
T["fee.reminder.summary"] = """📋 <b>Fees for {{period}} — {{branch}}</b> (the deadline {{deadline}} has passed)
Paid in full: <b>{{paid}}/{{members}}</b> · Collected: {{collected}}/{{expected}} đ
{{#owing}}Still owing {{period}}: {{count}} members, {{total}} đ — {{names}}{{/owing}}{{^owing}}Everyone has paid in full. 🎉{{/owing}}
{{#waiting}}⏳ {{waiting}} «I have paid» reports wait for the committee.
{{/waiting}}Details: <code>/doanphi_no</code> · The fee book (Excel): <code>/doanphi xuat</code>"""
T["fee.profile"] = "<b>Fees</b> ({{branch}}): {{#owed}}{{owed}} đ owed ({{periods}}) — type <code>/doanphi</code> for the VietQR code{{/owed}}{{^owed}}{{#waiting}}a reported payment waits for the committee{{/waiting}}{{^waiting}}paid up{{#until}} to {{until}}{{/until}}{{/waiting}}{{/owed}}"
T["activity.fee.collected"] = "Fees collected (đ)"
T["activity.fee.paid"] = "Fees paid (đ)"
T["activity.fee.passed_up"] = "Fees passed up (đ)"
