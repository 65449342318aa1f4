-- Activities no longer keep the route of the page that shows them: the page follows from the
-- item's type and id when the activity is shown, so renaming a route cannot break stored links.
-- An action has no page of its own and is shown in its session, which its id does not tell: that
-- session is kept instead, taken for the existing rows from the route they stored ('sessies/<id>').

alter table activity
    add column session_id bigint,
    add constraint fk_activity_session foreign key (session_id) references work_session (id);

/* [jooq ignore start] */
update activity
set session_id = cast(substring(link, char_length('sessies/') + 1) as unsigned)
where item_type = 'ACTION' and link regexp '^sessies/[0-9]+$';
/* [jooq ignore stop] */

alter table activity drop column link;
