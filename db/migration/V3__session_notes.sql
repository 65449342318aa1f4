-- Shared live notes per agenda item (Markdown), with their own version so that two people writing
-- at once are told instead of overwriting each other.
alter table agenda_item
    add column notes mediumtext,
    add column notes_version int not null default 0,
    add column notes_updated_by bigint,
    add column notes_updated_at datetime(6),
    add constraint fk_agenda_item_notes_updated_by foreign key (notes_updated_by) references app_user (id);
