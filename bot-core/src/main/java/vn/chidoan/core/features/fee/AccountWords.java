package vn.chidoan.core.features.fee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * {@code /doanphi tk <ngân hàng> <số tài khoản> <tên chủ tài khoản>}: the treasurer's account for VietQR.
 * The bank is named as people know it ({@code Vietcombank}, {@code VCB}, {@code MB Bank}) or by its BIN
 * ({@code 970436}); the account number is the first word of digits after it; the holder's name is kept
 * as banks show it (capitals, no diacritics).
 */
@Component
class AccountWords {
    static final String EXAMPLE = "/doanphi tk Vietcombank 0123456789 NGUYEN VAN AN";
    private static final int HOLDER_MAX = 50;

    private final Fees fees;
    private final NapasBanks banks;

    AccountWords(Fees fees, NapasBanks banks) {
        this.fees = fees;
        this.banks = banks;
    }

    void account(CommandContext ctx, String args) {
        String[] words = args.strip().split("\\s+");
        int at = 1;
        while (at < words.length && !words[at].matches("[0-9][0-9.\\- ]*")) {
            at++;
        }
        if (args.isBlank() || at >= words.length - 1) {
            throw new BadInput("fee.account.usage");
        }
        String typedBank = String.join(" ", List.of(words).subList(0, at));
        List<NapasBanks.Bank> found = banks.find(typedBank);
        if (found.isEmpty()) {
            throw new BadInput("fee.account.unknown_bank", Map.of("text", typedBank));
        }
        if (found.size() > 1) {
            throw new BadInput("fee.account.ambiguous_bank", Map.of("text", typedBank, "banks",
                    String.join(", ", found.stream().limit(6).map(NapasBanks.Bank::shortName).toList()),
                    "example", found.get(0).shortName()));
        }
        String number = words[at].replaceAll("[.\\-]", "");
        if (!number.matches("[0-9]{4," + VietQr.ACCOUNT_MAX + "}")) {
            throw new BadInput("fee.account.bad_number", Map.of("text", words[at]));
        }
        String holder = DateInput.plain(String.join(" ", List.of(words).subList(at + 1, words.length)))
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").replaceAll("\\s+", " ").strip();
        if (holder.length() < 2 || holder.length() > HOLDER_MAX) {
            throw new BadInput("fee.account.usage");
        }
        NapasBanks.Bank bank = found.get(0);
        fees.setAccount(Overview.branchOf(ctx.caller()), ctx.caller(), "in:" + ctx.replies().eventKey(),
                new BankAccount(bank.bin(), bank.shortName(), number, holder));
        ctx.replies().say("fee.account.saved", Map.of("bank", bank.shortName(), "bin", bank.bin(), "name", bank.name(),
                "number", number, "holder", holder));
    }
}
