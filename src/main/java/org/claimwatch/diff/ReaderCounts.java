package org.claimwatch.diff;

import java.util.Set;

/**
 * A page's counters written as sentences: a count of its readers, a short line with a figure, a word of reading or
 * watching, and a word for now or for the page itself ("1,530 people are reading this article now", "Teraz ten artykuł
 * czyta 1 204 osób", "Сейчас эту новость читают 845 человек"); and a live blog's button announcing its new posts, a
 * shorter line with a figure, a word for new and a word for posts or updates ("Pokaż 7 nowych wpisów"). The page
 * ticking, like any counter ({@link Tickers}). Words in twenty-odd languages; a count of people doing something in the
 * news ("reading the names of the victims") names neither now nor the page, and new cases, jobs or homes are no posts.
 * Pure.
 */
final class ReaderCounts {

    private static final int MAX_WORDS = 14;

    /** Reading, viewing and watching, and their readers and viewers. */
    private static final Set<String> READ = Set.of("reading", "read", "viewing", "watching", "readers", "viewers",
            "lesen", "liest", "leser", "lisent", "lecteurs", "leyendo", "leen", "lectores", "lendo", "leem",
            "leitores", "leggendo", "leggono", "lettori", "lezen", "leest", "lezers", "czyta", "czytają", "czytelników",
            "czytelnicy", "čte", "čtou", "čtenářů", "číta", "čítajú", "читают", "читает", "читателей", "читають",
            "читає", "читачів", "okuyor", "okuyucu", "διαβάζουν", "διαβάζει", "olvassa", "olvasó", "citesc",
            "cititori", "läser", "läsare", "læser", "lesere", "membaca", "pembaca", "đọc", "يقرأ", "يقرؤون",
            "קוראים", "კითხულობს", "կարդում", "閲覧中", "阅读", "閱讀", "在看", "읽고");

    /** Now, and the page itself (this story, this article). */
    private static final Set<String> NOW_OR_PAGE = Set.of("now", "currently", "moment", "story", "article", "page",
            "jetzt", "gerade", "derzeit", "artikel", "maintenant", "actuellement", "ahora", "momento",
            "noticia", "artículo", "agora", "notícia", "adesso", "ora", "articolo", "nu", "momenteel", "teraz",
            "obecnie", "artykuł", "právě", "nyní", "teď", "článek", "článok", "сейчас", "статью", "новость", "зараз",
            "статтю", "новину", "şu", "şimdi", "haberi", "τώρα", "most", "cikket", "acum", "articolul", "nå",
            "sekarang", "ახლა", "այժմ", "الآن", "עכשיו", "目前", "正在", "現在", "现在", "지금");

    private static final int MAX_BUTTON_WORDS = 10;

    /** New, in the forms a count of posts takes. */
    private static final Set<String> NEW = Set.of("new", "neue", "neuer", "neuen", "nouveaux", "nouvelles", "nouveau",
            "nouvelle", "nuevas", "nuevos", "nueva", "nuevo", "novas", "novos", "nova", "novo", "nuove", "nuovi", "nuovo",
            "nieuwe", "nowe", "nowych", "nowy", "nové", "nových", "nový", "новых", "новые", "новое", "нових", "нові",
            "yeni", "új", "νέες", "νέα", "νέο", "noi", "nye", "nya", "nytt", "baru", "mới", "新", "새");

    /** Posts, entries, updates and messages of a live blog. */
    private static final Set<String> POSTS = Set.of("posts", "post", "updates", "update", "entries", "messages",
            "beiträge", "beitrag", "einträge", "eintrag", "meldungen", "aktualisierungen", "publications", "billets",
            "actualizaciones", "actualización", "entradas", "mensajes", "publicaciones", "publicações", "atualizações",
            "mensagens", "aggiornamenti", "messaggi", "berichten", "wpisów", "wpisy", "aktualizacji", "příspěvků",
            "příspěvky", "aktualizací", "сообщений", "сообщения", "обновлений", "записей", "повідомлень", "оновлень",
            "дописів", "gönderi", "güncelleme", "bejegyzés", "frissítés", "ενημερώσεις", "αναρτήσεις", "postări",
            "actualizări", "innlegg", "oppdateringer", "inlägg", "uppdateringar", "opdateringer", "kiriman",
            "pembaruan", "bài", "动态", "動態", "消息", "条", "則", "件", "개");

    private ReaderCounts() {
    }

    /** Whether {@code f} reads as a live blog's button announcing its new posts. */
    static boolean isNewPosts(Facts f) {
        return f.tokens.size() <= MAX_BUTTON_WORDS && !f.numbers.isEmpty() && holdsBoth(f, NEW, POSTS);
    }

    /** Whether {@code f} reads as a count of the page's readers. */
    static boolean is(Facts f) {
        return f.tokens.size() <= MAX_WORDS && !f.numbers.isEmpty() && holdsBoth(f, READ, NOW_OR_PAGE);
    }

    /** Whether {@code f} holds a word of {@code a} and a word of {@code b}, each alone or two tokens written as one. */
    private static boolean holdsBoth(Facts f, Set<String> a, Set<String> b) {
        boolean inA = false;
        boolean inB = false;
        for (int i = 0; i < f.tokens.size() && !(inA && inB); i++) {
            String w = f.tokens.get(i).norm();
            String two = i + 1 < f.tokens.size() ? w + f.tokens.get(i + 1).norm() : w;
            inA |= a.contains(w) || a.contains(two);
            inB |= b.contains(w) || b.contains(two);
        }
        return inA && inB;
    }
}
