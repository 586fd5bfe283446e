package vn.chidoan.core.org.activity;

import java.util.List;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;

/**
 * Port: a part of {@code /baocao} a feature answers itself, named by a word after the command
 * ({@code /baocao hop}: the latest meeting's roll), about one branch. The report feature owns the command
 * and hands the part over; the part checks what it shows against the branch it is given.
 */
public interface ReportPart {

    /** The words it answers to, lower case without marks ({@code hop}, {@code buoi}). */
    List<String> words();

    /** Answers {@code ctx} about the branch (the caller's, their role on it checked by the command). */
    void answer(CommandContext ctx, UnitId branch);
}
