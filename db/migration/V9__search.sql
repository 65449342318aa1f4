-- Full-text search over what people write: session notes and minutes (the notes of agenda
-- items), bottlenecks with their national agenda fields, comments, factsheet versions, analyses
-- and documents. Each table carries its own index, so that a search reads only the rows that
-- match and checks who may read them in the same query.
--
-- MariaDB ignores a built-in list of English stopwords by default ("was", "over", "die" ...), which
-- are ordinary Dutch words; the indexes are created with an empty stopword list instead. The list
-- is read when an index is created and stays with it. Case and accents follow the columns'
-- collation (utf8mb4_unicode_ci), so "Zoe" finds "Zoë".
-- Words shorter than MariaDB's minimal token size (3 by default) are not indexed; the search
-- tells the user so.

/* [jooq ignore start] */
create table search_stopword (
    value varchar(30) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

set session innodb_ft_user_stopword_table = concat(database(), '/search_stopword');

alter table agenda_item add fulltext index ft_agenda_item (title, notes);
alter table bottleneck add fulltext index ft_bottleneck (title, description, proposed_solution, next_step);
alter table bottleneck_comment add fulltext index ft_bottleneck_comment (body);
alter table factsheet_version add fulltext index ft_factsheet_version
    (title, context, target_group, approach, results, lessons, financing, contact);
alter table mkba_analysis add fulltext index ft_mkba_analysis (title, description);
alter table document add fulltext index ft_document (title, description);

set session innodb_ft_user_stopword_table = default;
/* [jooq ignore stop] */
