package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.MoneyInput;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * The BCH's settings words after {@code /doanphi}: {@code mo} (open the book), {@code caidat} (show),
 * {@code muc 2k 5k} or {@code muc thunhap 5000} (amounts), {@code ky thang|quy}, {@code han 10|cuoi},
 * {@code trichnop 30}, {@code nhom 3,5 thunhap} or {@code nhom macdinh thunhap} (in reply to a member:
 * {@code nhom thunhap}). Each answer says what changed, from when, and how to see everything.
 */
@Component
class SettingWords {
    private final Fees fees;
    private final BookReplies book;
    private final Members members;
    private final StatusMessages names;

    SettingWords(Fees fees, BookReplies book, Members members, StatusMessages names) {
        this.fees = fees;
        this.book = book;
        this.members = members;
        this.names = names;
    }

    void open(CommandContext ctx) {
        UnitId branch = Overview.branchOf(ctx.caller());
        boolean was = fees.open(branch);
        Book opened = fees.open(branch, ctx.caller(), key(ctx));
        if (was) {
            book.settings(ctx.replies(), opened);
            return;
        }
        Words words = Words.of(ctx.replies());
        Terms terms = opened.terms(opened.start());
        ctx.replies().say("fee.settings.opened", Map.of("branch", names.branchName(branch),
                "month", words.period(FeePeriod.month(opened.start())), "low", Words.money(terms.low()),
                "income", Words.money(terms.income()), "cycle", words.cycle(terms.cycle()),
                "deadline", words.deadline(terms)));
    }

    void show(CommandContext ctx) {
        UnitId branch = Overview.branchOf(ctx.caller());
        fees.requireLead(ctx.caller(), branch);
        book.settings(ctx.replies(), branch);
    }

    void amounts(CommandContext ctx, String args) {
        String[] words = args.strip().split("\\s+");
        String example = "/doanphi muc 2k 5k";
        if (words.length == 2 && Category.typed(words[0]).isPresent()) {
            Category category = Category.typed(words[0]).get();
            long amount = MoneyInput.amount(words[1], Limits.MAX_MONTHLY_FEE, false, example);
            change(ctx, "amount_" + category.key(), t -> t.withAmount(category, amount), t -> Long.toString(t.amount(category)));
        } else if (words.length == 2) {
            long low = MoneyInput.amount(words[0], Limits.MAX_MONTHLY_FEE, false, example);
            long income = MoneyInput.amount(words[1], Limits.MAX_MONTHLY_FEE, false, example);
            change(ctx, "amount_low", t -> t.withAmount(Category.LOW, low), t -> Long.toString(t.low()));
            change(ctx, "amount_income", t -> t.withAmount(Category.INCOME, income), t -> Long.toString(t.income()));
        } else {
            throw new BadInput("fee.amounts.usage");
        }
    }

    void cycle(CommandContext ctx, String args) {
        Cycle cycle = Cycle.typed(args).orElseThrow(() -> new BadInput("fee.cycle.usage", Map.of("text", args.strip())));
        change(ctx, "cycle", t -> t.withCycle(cycle), t -> t.cycle().name());
    }

    void deadline(CommandContext ctx, String args) {
        String typed = DateInput.plain(args).replaceAll("^ngay\\s*", "");
        int day;
        if (typed.matches("cuoi(\\s*(thang|ky|quy))?|last")) {
            day = Terms.LAST_DAY;
        } else if (typed.matches("\\d{1,2}") && Integer.parseInt(typed) >= 1 && Integer.parseInt(typed) <= Terms.LATEST_DAY) {
            day = Integer.parseInt(typed);
        } else {
            throw new BadInput("fee.deadline.usage", Map.of("text", args.strip()));
        }
        change(ctx, "deadline", t -> t.withDeadlineDay(day), t -> Integer.toString(t.deadlineDay()));
    }

    void share(CommandContext ctx, String args) {
        String typed = args.strip().replace("%", "").strip();
        if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) > 100) {
            throw new BadInput("fee.share.usage", Map.of("text", args.strip()));
        }
        int percent = Integer.parseInt(typed);
        change(ctx, "share", t -> t.withShare(percent), t -> Integer.toString(t.sharePercent()));
    }

    /** {@code nhom <số,…> <nhóm>}, {@code nhom macdinh <nhóm>}, or {@code nhom <nhóm>} in reply to a member. */
    void category(CommandContext ctx, String args) {
        String[] words = DateInput.plain(args).split("\\s+");
        Optional<Category> category = Category.typed(words[words.length - 1]);
        if (category.isEmpty()) {
            throw new BadInput("fee.category.usage");
        }
        if (words.length == 2 && words[0].matches("macdinh|mac-dinh|default")) {
            change(ctx, "default_category", t -> t.withDefaultCategory(category.get()), t -> t.defaultCategory().name());
            return;
        }
        UnitId branch = Overview.branchOf(ctx.caller());
        List<PersonId> people = new ArrayList<>();
        if (words.length == 1 && ctx.message().repliedTo() != null) {
            people.add(members.personOf(ctx.message().repliedTo().ref()).map(Person::id)
                    .filter(p -> members.membership(p, branch).isPresent())
                    .orElseThrow(() -> new BadInput("fee.mark.not_member")));
        } else {
            for (String number : String.join(" ", List.of(words).subList(0, words.length - 1)).split("[^0-9]+")) {
                if (!number.isEmpty()) {
                    people.add(members.rosterEntry(branch, Integer.parseInt(number)).person());
                }
            }
        }
        if (people.isEmpty()) {
            throw new BadInput("fee.category.usage");
        }
        Book open = fees.open(branch, ctx.caller(), key(ctx) + ":open");
        fees.place(open, ctx.caller(), key(ctx), people, category.get());
        Words texts = Words.of(ctx.replies());
        ctx.replies().say("fee.category.saved", Map.of("names", String.join(", ", people.stream().map(names::name).toList()),
                "category", texts.category(category.get()), "month", texts.period(FeePeriod.month(fees.currentMonth()))));
    }

    private void change(CommandContext ctx, String field, UnaryOperator<Terms> change,
            Function<Terms, String> value) {
        UnitId branch = Overview.branchOf(ctx.caller());
        Fees.Changed changed = fees.changeTerms(branch, ctx.caller(), key(ctx) + ":" + field, field, change, value);
        Replies replies = ctx.replies();
        Words words = Words.of(replies);
        ChangeLog.Change shown = new ChangeLog.Change(field, changed.before(), changed.after(), null, null, null);
        replies.say("fee.settings.saved", Map.of("what", ChangeTexts.what(shown, words, names::name).markup(),
                "month", words.period(FeePeriod.month(fees.currentMonth()))));
    }

    private static String key(CommandContext ctx) {
        return "in:" + ctx.replies().eventKey();
    }
}
