package vn.chidoan.core.kernel.conversation;

import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.personal.PersonalData;

/** The dialogues' personal data, for tests wired without Spring. */
public final class ConversationDataForTests {
    private ConversationDataForTests() {
    }

    public static PersonalData of(MongoTemplate mongo) {
        return new ConversationData(mongo);
    }
}
