package io.kiosque.web;

/** OpenAPI examples, in one place, with French sample values from the seed article. */
public final class Examples {

    private Examples() {}

    public static final String ARTICLE_TEXT = """
            Russie - Corée du Nord : Poutine salue une « amitié invincible »

            Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires.

            Une coopération militaire revendiquée entre la Russie et la Corée du Nord

            Dans son message, Vladimir Poutine met en avant l’engagement de soldats de l’Armée populaire coréenne aux côtés des forces russes.

            Publicité

            Les autorités russes présentent cette participation comme une preuve de la proximité militaire entre Moscou et Pyongyang.

            Laisser un commentaire
            """;

    public static final String ARTICLE_INPUT = """
            {
              "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »",
              "language": "fr",
              "status": "published",
              "tags": ["international", "russie"],
              "authors": ["Rédaction internationale"],
              "blocks": [
                {"type": "paragraph", "text": "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires."},
                {"type": "heading", "text": "Une coopération militaire revendiquée entre la Russie et la Corée du Nord"},
                {"type": "ad"},
                {"type": "paragraph", "text": "Les autorités russes présentent cette participation comme une preuve de la proximité militaire entre Moscou et Pyongyang."}
              ]
            }
            """;

    public static final String BLOCK = """
            {"id": 1, "articleId": 1, "position": 0, "type": "paragraph", "lead": true,
             "text": "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires."}
            """;

    public static final String ARTICLE = """
            {
              "id": 1,
              "slug": "russie-coree-du-nord-poutine-salue-une-amitie-invincible",
              "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »",
              "language": "fr",
              "status": "published",
              "publishedAt": "2026-01-02T08:30:00Z",
              "createdAt": "2026-01-02T08:30:00Z",
              "updatedAt": "2026-01-02T08:30:00Z",
              "version": 0,
              "wordCount": 423,
              "readingTimeMinutes": 2,
              "tags": [],
              "authors": [],
              "commentMode": "open",
              "commentCount": 0,
              "blocks": [
                {"id": 1, "articleId": 1, "position": 0, "type": "paragraph", "lead": true,
                 "text": "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires."},
                {"id": 3, "articleId": 1, "position": 2, "type": "heading", "lead": false,
                 "text": "Une coopération militaire revendiquée entre la Russie et la Corée du Nord"},
                {"id": 5, "articleId": 1, "position": 4, "type": "ad", "lead": false}
              ]
            }
            """;

    public static final String ARTICLE_PAGE = """
            {
              "items": [
                {"id": 1, "slug": "russie-coree-du-nord-poutine-salue-une-amitie-invincible",
                 "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »", "language": "fr",
                 "status": "published", "publishedAt": "2026-01-02T08:30:00Z", "updatedAt": "2026-01-02T08:30:00Z",
                 "version": 0, "wordCount": 423, "readingTimeMinutes": 2, "tags": [], "authors": [], "commentCount": 0}
              ],
              "page": 1, "size": 20, "totalItems": 1, "totalPages": 1, "nextCursor": null
            }
            """;

    public static final String PROBLEM_VALIDATION = """
            {"type": "https://kiosque.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "title: must not be blank", "instance": "/api/articles",
             "errors": [{"field": "title", "message": "must not be blank"}]}
            """;

    public static final String PROBLEM_PAGE_SIZE = """
            {"type": "https://kiosque.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "size: must be at most 100", "instance": "/api/articles",
             "errors": [{"field": "size", "message": "must be at most 100"}]}
            """;

    public static final String PROBLEM_SEARCH_QUERY = """
            {"type": "https://kiosque.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "q: is required: the words to search for", "instance": "/api/search",
             "errors": [{"field": "q", "message": "is required: the words to search for"}]}
            """;

    public static final String SEARCH_PAGE = """
            {"items": [{"type": "article", "score": 1.0, "articleId": 1, "slug": "x", "title": "x", "publishedAt": null,
              "blockId": null, "quoteId": null, "speaker": null, "snippet": "x"}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}
            """;

    public static final String PROBLEM_NOT_FOUND = """
            {"type": "https://kiosque.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "no article with id or slug 'coree-du-sud'", "instance": "/api/articles/coree-du-sud"}
            """;

    public static final String PROBLEM_NOT_UTF8 = """
            {"type": "https://kiosque.dev/problems/malformed-request", "title": "Malformed request", "status": 400,
             "detail": "the body is not valid UTF-8: bad byte 0xe9 at offset 12; re-encode the text as UTF-8", "instance": "/api/articles"}
            """;

    public static final String PROBLEM_STALE = """
            {"type": "https://kiosque.dev/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "article 1 is at version 4, not 3 as If-Match says; GET it again, re-apply your change and retry with the new ETag",
             "instance": "/api/articles/1"}
            """;

    public static final String QUOTE = """
            {"id": 3, "articleId": 1, "paragraphId": 2, "text": "amitié invincible", "start": 196, "end": 213, "parentId": null,
             "speaker": "Vladimir Poutine", "kind": "speech", "language": "fr", "corrected": false}
            """;

    public static final String COMMENT_INPUT = """
            {"authorName": "Anne Le Guen", "body": "Une « amitié invincible » qui devrait inquiéter l’Europe.", "paragraphId": 2}
            """;

    public static final String REVISION_PAGE = """
            {
              "items": [
                {"version": 2, "createdAt": "2026-01-02T09:15:00Z", "author": "Rédaction web", "kind": "paragraph-edited",
                 "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »"},
                {"version": 1, "createdAt": "2026-01-02T08:45:00Z", "author": "Rédaction web", "kind": "replaced",
                 "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »"},
                {"version": 0, "createdAt": "2026-01-02T08:30:00Z", "author": "kiosque", "kind": "imported",
                 "title": "Russie - Corée du Nord : Poutine salue une « amitié invincible »"}
              ],
              "page": 1, "size": 20, "totalItems": 3, "totalPages": 1
            }
            """;

    public static final String ARTICLE_DIFF = """
            {
              "articleId": 1, "from": 0, "to": 2,
              "blocks": [
                {"change": "changed", "moved": false, "id": 1, "type": "paragraph", "fromPosition": 0, "toPosition": 0,
                 "text": {"oldText": "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires.",
                          "newText": "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont nettement renforcé leurs relations politiques et militaires.",
                          "changes": [{"op": "replace", "oldStart": 75, "oldEnd": 90, "newStart": 75, "newEnd": 84}]}},
                {"change": "removed", "moved": false, "id": 3, "type": "heading", "fromPosition": 1,
                 "text": {"oldText": "Une coopération militaire revendiquée entre la Russie et la Corée du Nord", "changes": []}},
                {"change": "unchanged", "moved": false, "id": 5, "type": "ad", "fromPosition": 2, "toPosition": 1}
              ]
            }
            """;
}
