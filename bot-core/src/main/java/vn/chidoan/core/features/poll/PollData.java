package vn.chidoan.core.features.poll;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What polls keep about a person: their answers to polls that name voters, that they cast an anonymous
 * ballot (never what it said), and the polls they asked. An erasure deletes their answers and their name
 * on ballots (the counts, which name nobody, stay) and leaves their polls to the branches, by no one. A
 * merge gives it all to the surviving record; where both answered one poll, the surviving record's
 * answer stays.
 */
@Component
class PollData implements PersonalData {
    private final Polls polls;

    PollData(Polls polls) {
        this.polls = polls;
    }

    @Override
    public void forget(DataSubject subject) {
        PersonId person = subject.person();
        polls.votes().deleteAll(person);
        polls.store().forgetVoter(person);
        polls.store().forgetCreator(person);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        for (Vote theirs : polls.votes().ofPerson(from)) {
            if (polls.votes().find(theirs.poll(), into).isEmpty()) {
                polls.votes().put(new Vote(theirs.poll(), into, theirs.branch(), theirs.options(), theirs.at()));
            }
            polls.votes().delete(theirs.poll(), from);
        }
        polls.store().moveVoter(from, into);
        polls.store().moveCreator(from, into);
    }
}
