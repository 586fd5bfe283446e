package vn.chidoan.core.testing;

import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutWorker;

/**
 * A province officer with five linked branches ("Chi đoàn 1" to "Chi đoàn 5", groups {@code -101} to
 * {@code -105}) whose fan-outs go two branches a slice, through kinds a test can break: {@link #poison} makes
 * every slice with one branch in it fail (that branch ends left out); {@link #failOnce} makes one slice of a
 * kind fail once, before it is delivered (the instance stopped) or after (killed before its cursor moved).
 */
public final class FanoutProvince {
    private final TestBot bot;
    private final Speaker officer;
    private final List<Scenarios.Branch> branches = new ArrayList<>();
    private UnitId poisoned;
    private String failingKind;
    private int failingSlice;
    private boolean afterDelivery;
    private int slices;

    private FanoutProvince(Database db) {
        bot = TestBot.builder(db).property("chidoan.test.fanout-slice", 2).decorate(FanoutKind.class, this::breakable)
                .build();
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        for (int i = 1; i <= 5; i++) {
            branches.add(Scenarios.linkedBranch(bot, officer, "Chi đoàn " + i, "-10" + i));
        }
    }

    public static FanoutProvince on(Database db) {
        return new FanoutProvince(db);
    }

    public TestBot bot() {
        return bot;
    }

    public Speaker officer() {
        return officer;
    }

    public List<Scenarios.Branch> branches() {
        return branches;
    }

    /** Every slice with branch {@code index} (0 to 4) in it fails from now on. */
    public void poison(int index) {
        poisoned = bot.org().branchOfChat(branches.get(index).group()).orElseThrow();
    }

    /** The {@code slice}-th slice of {@code kind} delivered from now on fails once, before or after delivery. */
    public void failOnce(String kind, int slice, boolean afterDelivery) {
        this.failingKind = kind;
        this.failingSlice = slices + slice;
        this.afterDelivery = afterDelivery;
    }

    /** One sweep of the fan-out worker: how many fan-outs it moved on. */
    public int sweep() {
        return bot.bean(FanoutWorker.class).sweep();
    }

    /** What the officer was sent in private under {@code key}. */
    public List<RecordingOutbox.Sent> toOfficer(String key) {
        return bot.outbox().messagesTo(officer.ref().privateChat()).stream().filter(m -> m.key().equals(key)).toList();
    }

    private FanoutKind breakable(FanoutKind kind) {
        return new FanoutKind() {
            @Override
            public String kind() {
                return kind.kind();
            }

            @Override
            public void deliver(String cause, List<UnitId> slice) {
                boolean failing = kind.kind().equals(failingKind) && ++slices == failingSlice;
                if (failing && !afterDelivery) {
                    failingKind = null;
                    throw new IllegalStateException("the instance stopped");
                }
                if (poisoned != null && slice.contains(poisoned)) {
                    throw new IllegalStateException("this branch's data breaks the " + kind.kind());
                }
                kind.deliver(cause, slice);
                if (failing) {
                    failingKind = null;
                    throw new IllegalStateException("kill -9 before the cursor moved");
                }
            }

            @Override
            public void finished(String cause, int total, List<UnitId> leftOut) {
                kind.finished(cause, total, leftOut);
            }
        };
    }
}
