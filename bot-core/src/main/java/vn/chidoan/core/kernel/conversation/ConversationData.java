package vn.chidoan.core.kernel.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * The dialogues of a person ({@code <chat>|<account>}: what they typed so far, a draft post): an
 * erased person's go, in groups and in their private chats. They are kept by account, and accounts
 * move with a merge, so a merge moves nothing here.
 */
@Component
class ConversationData implements PersonalData {
    private final MongoTemplate mongo;

    ConversationData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forget(DataSubject subject) {
        if (subject.accounts().isEmpty()) {
            return;
        }
        String theirs = Stream.concat(
                subject.accountKeys().stream().map(account -> "\\|" + Pattern.quote(account) + "$"),
                subject.privateChatKeys().stream().map(chat -> "^" + Pattern.quote(chat) + "\\|"))
                .collect(Collectors.joining("|"));
        mongo.remove(query(where("_id").regex(theirs)), ConversationStore.COLLECTION);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        // dialogues belong to accounts, which the member store moves
    }
}
