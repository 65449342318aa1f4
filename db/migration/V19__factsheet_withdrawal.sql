-- A facilitator can withdraw a published factsheet from the knowledge base, with a reason: its
-- published versions are then marked withdrawn (and who, when and why), drop out of everything
-- public at once, and stay for the record for those who read them inside the platform. Writers
-- may revise it and submit it again; publishing a new version makes it public again.
alter table factsheet_version
    modify state enum('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN') not null;
alter table factsheet_version
    add column withdrawn_by bigint,
    add column withdrawn_at datetime(6),
    add column withdrawal_reason varchar(2000),
    add constraint fk_factsheet_version_withdrawn_by foreign key (withdrawn_by) references app_user (id);
