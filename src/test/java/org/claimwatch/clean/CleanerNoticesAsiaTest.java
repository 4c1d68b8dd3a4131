package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lone advertising label and a copyright or no-reprint notice, in the languages of Asia, the Middle East and
 * Eastern Europe, and in the Romance languages' long form. Written before the rules (session 14).
 */
class CleanerNoticesAsiaTest {

    @ParameterizedTest
    @ValueSource(strings = {"<p>广告</p>", "<p>広告</p>", "<div>광고</div>", "<p>โฆษณา</p>", "<p>Quảng cáo</p>",
        "<p>विज्ञापन</p>", "<p>Реклама</p>", "<p>إعلان</p>"})
    void dropsALoneAdvertisingLabel(String label) {
        Pages.assertDropped(label, "top", "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>ⓒ 서해신문(www.seohae.example), 무단전재 및 재배포 금지</p>",
        "<p>【版权声明】本文为东岸日报原创稿件，未经授权，不得转载、摘编或以其他方式使用。</p>",
        "<p>Copyright 2025 Canal 12 Noticias. Todos los derechos reservados. Prohibida su reproducción.</p>",
        "<p>© 2025 Le Courrier du Nord. Tous droits réservés. Reproduction interdite sans autorisation.</p>",
        "<p>Bản quyền thuộc về Báo Miền Trung. Không sao chép khi chưa được sự đồng ý.</p>",
        "<p>สงวนลิขสิทธิ์ © 2568 ข่าวภาคเหนือ ห้ามนำเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต</p>",
    })
    void dropsACopyrightNotice(String notice) {
        Pages.assertDropped(notice, "mid", "end");
    }
}
