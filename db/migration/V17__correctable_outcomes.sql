-- Every mistake can be corrected: decisions and action items are edited with the version the
-- editor read, and each edit keeps the values it replaced, who changed them and when.
alter table session_decision
    add column updated_by bigint,
    add column updated_at datetime(6),
    add column version int not null default 0,
    add constraint fk_session_decision_updated_by foreign key (updated_by) references app_user (id);

-- One row per edit of a decision (decision_id) or an action item (action_id): the values before
-- the edit. Owner, organisation and due date are those of an action; a decision has none.
create table session_outcome_revision (
    id bigint not null auto_increment,
    decision_id bigint,
    action_id bigint,
    description varchar(2000) not null,
    owner_id bigint,
    owner_organisation_id bigint,
    due_date date,
    changed_by bigint not null,
    changed_at datetime(6) not null,
    primary key (id),
    constraint fk_outcome_revision_decision foreign key (decision_id) references session_decision (id) on delete cascade,
    constraint fk_outcome_revision_action foreign key (action_id) references session_action (id) on delete cascade,
    constraint fk_outcome_revision_owner foreign key (owner_id) references app_user (id),
    constraint fk_outcome_revision_organisation foreign key (owner_organisation_id) references organisation (id),
    constraint fk_outcome_revision_changed_by foreign key (changed_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_outcome_revision_decision on session_outcome_revision (decision_id, id);
create index ix_outcome_revision_action on session_outcome_revision (action_id, id);

-- The version of the agenda item's notes a minutes correction was proposed against: accepting it
-- after the notes changed since would overwrite that change. Empty for corrections proposed
-- before this was kept.
alter table minutes_correction
    add column notes_version int;
