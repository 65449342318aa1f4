-- The bottleneck list and the recognition matrix filter on the organisation types a bottleneck
-- involves; MariaDB reads the chosen types off this index instead of scanning every bottleneck's
-- types.
create index ix_bottleneck_organisation_type_type on bottleneck_organisation_type (type, bottleneck_id);
