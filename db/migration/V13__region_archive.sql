-- A region that no longer takes part is archived rather than deleted: its content stays readable,
-- nothing is written in it any more, and it drops out of every region picker. Un-archiving clears
-- the moment again.

alter table region
    add column archived_at datetime(6);
