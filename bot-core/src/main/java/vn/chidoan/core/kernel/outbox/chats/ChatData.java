package vn.chidoan.core.kernel.outbox.chats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/** When a person last wrote in their private chats, and whether the bot can reach them there: gone on erasure. */
@Component
class ChatData implements PersonalData {
    private final MongoTemplate mongo;
    private final ChatStates states;

    ChatData(MongoTemplate mongo, ChatStates states) {
        this.mongo = mongo;
        this.states = states;
    }

    @Override
    public void forget(DataSubject subject) {
        Query theirs = new Query(where("_id").in(subject.privateChatKeys()));
        mongo.remove(theirs, ChatWindows.COLLECTION);
        states.forget(subject.privateChatKeys());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        // kept by chat, which stays with its account
    }
}
