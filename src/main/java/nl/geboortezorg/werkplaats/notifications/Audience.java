package nl.geboortezorg.werkplaats.notifications;

/** Who may read an activity in a feed: the same people who may read its item. */
public enum Audience {
    /** The members of the activity's region, facilitators and admins. */
    REGION,
    /** Everyone signed in but observers. */
    MEMBERS,
    /** Everyone signed in, observers included. */
    EVERYONE
}
