-- Quotations found in articles. Folded copies (lowercase, no accents) serve accent-insensitive filters.
create sequence quote_seq start with 1 increment by 50;
create table quote (
    id                 bigint primary key,
    article_id         bigint        not null references article (id) on delete cascade,
    block_id           bigint references block (id) on delete cascade,
    parent_id          bigint,
    position           integer       not null,
    text               varchar(100000) not null,
    text_folded        varchar(100000) not null,
    start_offset       integer       not null,
    end_offset         integer       not null,
    speaker            varchar(300),
    speaker_folded     varchar(300),
    kind               varchar(16)   not null,
    language           varchar(16)   not null,
    speaker_corrected  boolean       not null,
    kind_corrected     boolean       not null,
    constraint quote_kind_check check (kind in ('speech', 'term'))
);
create index quote_article_idx on quote (article_id, position);
create index quote_block_idx on quote (block_id);
create index quote_speaker_idx on quote (speaker_folded);
