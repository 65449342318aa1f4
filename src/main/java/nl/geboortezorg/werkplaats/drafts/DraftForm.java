package nl.geboortezorg.werkplaats.drafts;

/** The forms whose free text is kept as a draft while it is typed. */
public enum DraftForm {
    /** Raising a bottleneck (item 0), or changing bottleneck n. */
    BOTTLENECK,
    /** A new comment on bottleneck n. */
    BOTTLENECK_COMMENT,
    /** Recognising bottleneck n in one's own region, with a quote from practice. */
    RECOGNITION,
    /** Putting bottleneck n on the national agenda, or changing its agenda fields. */
    AGENDA_PLACE,
    /** An addressee's response recorded on bottleneck n. */
    ADDRESSEE_RESPONSE,
    /** A follow-up recorded on bottleneck n. */
    FOLLOW_UP,
    /** A new cost-benefit analysis (item 0), or the heading of analysis n. */
    ANALYSIS,
    /** A new cost in analysis n. */
    NEW_COST,
    /** A new benefit in analysis n. */
    NEW_BENEFIT,
    /** Changing cost or benefit n. */
    LINE_ITEM,
    /** A new effect that cannot be priced, in analysis n. */
    NEW_EFFECT,
    /** Changing effect n. */
    EFFECT,
    /** Uploading a new document (item 0), or changing what is said about document n. */
    DOCUMENT,
    /** Planning a new working session (item 0), or changing the plan of session n. */
    SESSION_PLAN,
    /** A correction proposed on the minutes of session n. */
    MINUTES_CORRECTION,
    /** A new decision on agenda item n. */
    DECISION,
    /** A new action item on agenda item n. */
    ACTION_ITEM,
    /**
     * The comments of one region's anchoring assessment for one quarter: item r·100000 + y·10 + q
     * for region r, year y and quarter q.
     */
    ANCHORING,
    /** A new region (item 0), or the description of region n. */
    REGION,
    /** Writing a new factsheet (item 0), or the working version of factsheet n. */
    FACTSHEET,
    /** Changing decision n (not a new one: {@link #DECISION} counts agenda items). */
    CHANGED_DECISION,
    /** Changing action item n (not a new one: {@link #ACTION_ITEM} counts agenda items). */
    CHANGED_ACTION_ITEM,
    /** Changing comment n on a bottleneck (a new comment is {@link #BOTTLENECK_COMMENT}, by bottleneck). */
    COMMENT_EDIT,
    /** The reason for withdrawing factsheet n from the knowledge base. */
    FACTSHEET_WITHDRAWAL,
    /** Raising a bottleneck from session n's page. */
    BOTTLENECK_FROM_SESSION,
    /** Raising a bottleneck from the notes of agenda item n. */
    BOTTLENECK_FROM_AGENDA_ITEM
}
