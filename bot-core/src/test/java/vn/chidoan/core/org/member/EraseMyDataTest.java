package vn.chidoan.core.org.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** A person deletes everything the bot keeps about them, after confirming. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class EraseMyDataTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;
    Scenarios.Branch branch;

    @BeforeEach
    void linkBranch() {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
    }

    private long countFor(String collection, String field, PersonId person) {
        return bot.mongo().getCollection(collection).countDocuments(new Document(field, person.value()));
    }

    @Test
    void aMemberDeletesTheirDataAfterConfirming() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        PersonId id = bot.members().personOf(dung.ref()).orElseThrow().id();

        Turn asked = bot.inPrivate(dung).says("/xoadulieu");
        assertThat(bot.members().personOf(dung.ref())).isPresent();
        Turn erased = bot.inPrivate(dung).presses(asked.buttonData("erase:y"));

        assertThat(erased.templates()).containsExactly("member.erase.done");
        assertThat(bot.members().personOf(dung.ref())).isEmpty();
        assertThat(countFor("persons", "_id", id) + countFor("accounts", "person", id)
                + countFor("memberships", "person", id)).isZero();
        assertThat(bot.inGroup("-100", branch.secretary()).says("/thanhvien").text()).doesNotContain("Phạm Thị Dung");
        assertThat(bot.inPrivate(dung).says("/toi").templates()).containsExactly("member.me.unknown");
        assertThat(bot.events().published()).contains(new MemberEvents.PersonErased(id));
    }

    @Test
    void keepingTheDataChangesNothing() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        Turn kept = bot.inPrivate(dung).presses(bot.inPrivate(dung).says("/xoadulieu").buttonData("erase:n"));

        assertThat(kept.templates()).containsExactly("member.erase.kept");
        assertThat(bot.members().personOf(dung.ref())).isPresent();
    }

    @Test
    void theOldKeepButtonAfterErasingDoesNotSayTheDataWasKept() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        Turn asked = bot.inPrivate(dung).says("/xoadulieu");
        bot.inPrivate(dung).presses(asked.buttonData("erase:y"));

        Turn stale = bot.inPrivate(dung).presses(asked.buttonData("erase:n"));

        assertThat(stale.templates()).containsExactly("member.erase.nothing");
        assertThat(stale.text()).doesNotContain("giữ nguyên");
    }

    @Test
    void anOfficerWhoDeletesTheirDataIsNoLongerAnOfficer() {
        bot.inPrivate(officer).presses(bot.inPrivate(officer).says("/xoadulieu").buttonData("erase:y"));

        assertThat(bot.mongo().getCollection("officers").countDocuments()).isZero();
        assertThat(bot.inPrivate(officer).says("/donvi").templates()).containsExactly("pipeline.refused.officer");
    }

    @Test
    void someoneUnknownIsToldThereIsNothingToDelete() {
        assertThat(bot.inPrivate(bot.user("Mới")).says("/xoadulieu").templates()).containsExactly("member.erase.nothing");
    }
}
