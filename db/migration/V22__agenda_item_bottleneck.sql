-- An agenda item may be about a bottleneck of the register: planned from the suggestions (the
-- region's open bottlenecks and those of other regions it has not yet recognised), so that the
-- bottleneck's page and dossier know in which sessions it was discussed.
alter table agenda_item add column bottleneck_id bigint null;

alter table agenda_item
    add constraint fk_agenda_item_bottleneck foreign key (bottleneck_id) references bottleneck (id) on delete set null;

create index ix_agenda_item_bottleneck on agenda_item (bottleneck_id);
