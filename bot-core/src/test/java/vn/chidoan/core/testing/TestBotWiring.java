package vn.chidoan.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.conversation.CancelCommand;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.DialogueButtons;
import vn.chidoan.core.kernel.conversation.ConversationDataForTests;
import vn.chidoan.core.kernel.personal.PersonalData;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.kernel.personal.PersonalProperties;
import vn.chidoan.core.org.member.MemberDataForTests;
import vn.chidoan.core.org.member.link.LinkButtons;
import vn.chidoan.core.org.member.roster.RejoinButtons;
import vn.chidoan.core.org.unit.JoinCodeCommand;
import vn.chidoan.core.org.unit.NewCodeCommand;
import vn.chidoan.core.org.unit.OrgDataForTests;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.org.member.link.AccountLinkSection;
import vn.chidoan.core.org.member.roster.AddMemberCommand;
import vn.chidoan.core.org.member.roster.BchCommand;
import vn.chidoan.core.org.member.ConsentButtons;
import vn.chidoan.core.org.member.EraseButtons;
import vn.chidoan.core.org.member.EraseCommand;
import vn.chidoan.core.org.member.link.LinkCodeRedeemer;
import vn.chidoan.core.org.member.MeCommand;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.NameButtons;
import vn.chidoan.core.org.member.ProfileSection;
import vn.chidoan.core.org.member.roster.RemoveButtons;
import vn.chidoan.core.org.member.roster.RemoveMemberCommand;
import vn.chidoan.core.org.member.RenameFlow;
import vn.chidoan.core.org.member.roster.RosterCommand;
import vn.chidoan.core.org.member.StartCommand;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.org.unit.AddBranchCommand;
import vn.chidoan.core.org.unit.AddUnitCommand;
import vn.chidoan.core.org.unit.BootstrapProperties;
import vn.chidoan.core.org.unit.ChatLifecycle;
import vn.chidoan.core.org.unit.InviteRedeemer;
import vn.chidoan.core.org.unit.LinkCommand;
import vn.chidoan.core.org.unit.OrgCallerResolver;
import vn.chidoan.core.org.unit.OrgProfile;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.UnitsCommand;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ChatEventListener;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.pipeline.InboundRouter;
import vn.chidoan.core.kernel.pipeline.MessageListener;
import vn.chidoan.core.kernel.pipeline.TypedChoices;

/** What Spring's component scan does for the core, by hand: every service, command and listener. */
final class TestBotWiring {
    private final MongoTemplate mongo;
    private final MutableClock clock;
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RecordingTexts texts = new RecordingTexts();
    private final EventBus events = new EventBus();
    private final Members members;
    private final Organisation org;
    private final Conversations conversations;
    private final CommandCatalog catalog;
    private final InboundRouter router;
    private final List<Object> parts = new ArrayList<>();
    private final PersonalDataStores personal;

    TestBotWiring(MongoTemplate mongo, MutableClock clock, UserRef admin, List<Function<TestBot.Services, ?>> flows,
            List<Function<TestBot.Services, List<?>>> plugins) {
        this.mongo = mongo;
        this.clock = clock;
        List<DeepLinks> deepLinks = List.of(new FakeDeepLinks(), FakeDeepLinks.messenger());
        personal = new PersonalDataStores(mongo, clock, () -> of(PersonalData.class), PersonalProperties.defaults());
        members = new Members(mongo, clock, events, personal);
        org = new Organisation(mongo, clock, events, deepLinks);
        TestBot.Services early = new TestBot.Services(mongo, clock, events, members, org, null, outbox, texts);
        List<Flow> allFlows = new ArrayList<>(List.of(new RenameFlow(members)));
        flows.forEach(flow -> allFlows.add((Flow) flow.apply(early)));
        conversations = new Conversations(mongo, clock, allFlows);
        TestBot.Services services = new TestBot.Services(mongo, clock, events, members, org, conversations, outbox,
                texts);
        plugins.forEach(plugin -> parts.addAll(plugin.apply(services)));

        OrgProfile orgProfile = new OrgProfile(org, members);
        List<StartPayloads> payloads = with(StartPayloads.class, new InviteRedeemer(org, members),
                new LinkCodeRedeemer(members, List.of(orgProfile)));
        List<ProfileSection> sections = with(ProfileSection.class, orgProfile,
                new AccountLinkSection(members, deepLinks, clock));
        parts.addAll(List.of(ConversationDataForTests.of(mongo), OrgDataForTests.of(org),
                MemberDataForTests.of(mongo, clock)));
        parts.addAll(List.of(new CancelCommand(conversations), new StartCommand(members, payloads),
                new MeCommand(members, sections, clock), new EraseCommand(), new RosterCommand(members),
                new AddMemberCommand(members), new RemoveMemberCommand(members), new BchCommand(members),
                new UnitsCommand(org, members), new AddUnitCommand(org), new AddBranchCommand(org),
                new LinkCommand(org, members), new DialogueButtons(conversations),
                new ConsentButtons(members, payloads, conversations), new NameButtons(conversations),
                new EraseButtons(members), new RemoveButtons(members), new ChatLifecycle(org),
                new LinkButtons(members), new RejoinButtons(members), new NewCodeCommand(org),
                new JoinCodeCommand(org)));
        events.register(org);
        parts.forEach(events::register);

        catalog = new CommandCatalog(of(Command.class));
        router = new InboundRouter(new OrgCallerResolver(org, members, new BootstrapProperties(List.of(admin.key()))),
                outbox, texts, catalog, conversations, of(ButtonAction.class), of(MessageListener.class),
                of(ChatEventListener.class), this::typedChoice);
    }

    @SafeVarargs
    private <T> List<T> with(Class<T> type, T... core) {
        List<T> all = new ArrayList<>(List.of(core));
        all.addAll(of(type));
        return all;
    }

    /** Numbered choices answered against the last message the recording outbox holds for the chat. */
    private Optional<Inbound.ButtonPressed> typedChoice(String eventKey, Inbound.MessageReceived message) {
        List<RecordingOutbox.Sent> sent = TypedChoices.mayAnswer(message) ? outbox.messagesTo(message.chat()) : List.of();
        return sent.isEmpty() ? Optional.empty()
                : TypedChoices.answer(eventKey, message, sent.get(sent.size() - 1).message());
    }

    private <T> List<T> of(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    MongoTemplate mongo() {
        return mongo;
    }

    MutableClock clock() {
        return clock;
    }

    RecordingOutbox outbox() {
        return outbox;
    }

    RecordingTexts texts() {
        return texts;
    }

    EventBus events() {
        return events;
    }

    Members members() {
        return members;
    }

    Organisation org() {
        return org;
    }

    Conversations conversations() {
        return conversations;
    }

    CommandCatalog catalog() {
        return catalog;
    }

    InboundRouter router() {
        return router;
    }

    PersonalDataStores personal() {
        return personal;
    }
}
