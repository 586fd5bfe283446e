package vn.chidoan.core.features.report;

/**
 * The figures the report reads by name (those of {@code ActivityFigures} it sums into criteria, charts and
 * the upward layout), each its feature's topic and its own name; a figure is a figure, not a template.
 */
final class FigureKeys {
    private static final String MEETING = "meeting";
    private static final String FEE = "fee";
    private static final String COMMENT = "comment";
    private static final String NOTICE = "notice";
    private static final String REGISTRATION = "registration";
    private static final String POLLS = "polls";
    private static final String MEMBERS = "members";

    static final String HELD = MEETING + ".held";
    static final String ATTENDED = MEETING + ".attended";
    static final String EXCUSED = MEETING + ".excused";
    static final String FEE_COLLECTED = FEE + ".collected";
    static final String FEE_PASSED_UP = FEE + ".passed_up";
    static final String POSTS = COMMENT + ".posts";
    static final String COMMENTS_ANSWERED = COMMENT + ".answered";
    static final String NOTICES_RECEIVED = NOTICE + ".received";
    static final String NOTICES_ACKNOWLEDGED = NOTICE + ".acknowledged";
    static final String FORMS = REGISTRATION + ".forms";
    static final String REGISTERED = REGISTRATION + ".registered";
    static final String POLLS_ASKED = POLLS + ".asked";
    static final String POLLS_ANSWERED = POLLS + ".answered";
    static final String MEMBER_COUNT = MEMBERS + ".count";
    static final String JOINED = MEMBERS + ".joined";
    static final String LEFT = MEMBERS + ".left";

    private FigureKeys() {
    }
}
