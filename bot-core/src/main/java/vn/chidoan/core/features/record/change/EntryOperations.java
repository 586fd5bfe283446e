package vn.chidoan.core.features.record.change;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;

/** The card's "Danh hiệu", "Khen thưởng" and "Kỷ luật": each writes an entry ({@link EntryFlow}). */
@Configuration(proxyBeanMethods = false)
class EntryOperations {

    @Bean
    RecordOperation honourOperation(EntryFlow flow) {
        return new Entry("honour", 50, null, flow);
    }

    @Bean
    RecordOperation rewardOperation(EntryFlow flow) {
        return new Entry("reward", 60, EntryFlow.Kind.REWARD, flow);
    }

    @Bean
    RecordOperation disciplineOperation(EntryFlow flow) {
        return new Entry("penalty", 70, EntryFlow.Kind.DISCIPLINE, flow);
    }

    private record Entry(String key, int order, EntryFlow.Kind kind, EntryFlow flow) implements RecordOperation {
        @Override
        public Role least() {
            return Role.BCH;
        }

        @Override
        public void start(RecordTarget target, Replies replies) {
            flow.begin(target, kind, replies);
        }
    }
}
