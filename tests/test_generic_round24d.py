"""Generic layout, round 24d: boxes and aliases of pages in Chinese, Japanese and Vietnamese. A box row in CJK text
written '【label】value', 'label　value' (ideographic spaces) or 'label｜value' is a label/value fact; an aliases line
'別名：A、B' / '其他職稱：A、B' (a full-width colon, names parted by the ideographic comma) gives the role's other names;
a numbered heading counts the role's own name as one word (a language written in syllables spends a word on each);
three bulleted 'Label: value' lines (or aligned 'Label   value' columns) under a short title line in prose are a
box; ' ― ' parts a CJK skill's name from its detail; 'is also called' in Indonesian, Vietnamese, Chinese, Korean and Hindi prose gives
aliases.
Every page here is invented (another role, site and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _page(text).facts.get("responsibilities", [])]


_JA = """しごとマップ｜職業ガイド
求人を探す　職業ガイド　年収ランキング
ホーム ＞ 職業ガイド ＞ 教育・保育 ＞ 保育士
保育士
ほいくし
保育士は、児童福祉法に基づく国家資格を持ち、保育所などで乳幼児の生活と遊びを支える専門職です。
別名：保育教諭、保母
基本データ
【平均年収】約350万円
【必要な資格】保育士（国家資格）
【主な職場】保育所、認定こども園、児童養護施設
1. 保育士の仕事内容
保育士の仕事は、子どもの生活の世話と遊びの指導に分かれます。
■食事・着替え・排せつの援助
■季節の行事の企画と準備
■保護者との連絡帳のやりとり
2. 求められるスキル
◎観察力
◎体力
"""


def test_lenticular_box_rows_are_facts():
    assert _facts(_JA) == [("平均年収", "約350万円"), ("必要な資格", "保育士（国家資格）"),
                           ("主な職場", "保育所、認定こども園、児童養護施設")]


def test_japanese_aliases_line_with_full_width_colon_and_ideographic_commas():
    assert _aliases(_JA) == ["保育教諭", "保母"]


def test_aliases_line_whose_value_is_a_sentence_gives_no_alias():
    text = _JA.replace("別名：保育教諭、保母", "別名：特にありません。詳しくは各施設の募集要項をご覧ください。")
    assert _aliases(text) == []


_ZH = """職涯百科｜求職網
首頁 › 職涯百科 › 醫療保健 › 營養師
營養師
其他職稱：膳食顧問、臨床營養人員
職務概況
學歷要求　大學
工作經驗　1~3年
所需證照｜營養師（專技高考）
工作內容
．評估個案的飲食習慣與營養狀況
．設計個別化的飲食計畫
．舉辦營養衛教講座
"""


def test_ideographic_space_and_full_width_bar_rows_are_facts():
    assert _facts(_ZH) == [("學歷要求", "大學"), ("工作經驗", "1~3年"), ("所需證照", "營養師（專技高考）")]


def test_chinese_other_titles_label_gives_aliases():
    assert _aliases(_ZH) == ["膳食顧問", "臨床營養人員"]


def test_rows_of_three_cells_are_no_facts():
    text = _ZH.replace("學歷要求　大學", "學歷要求　大學　碩士").replace("工作經驗　1~3年", "工作經驗　1~3年　3~5年") \
        .replace("所需證照｜營養師（專技高考）", "所需證照｜營養師｜專技高考")
    assert _facts(text) == []


def test_other_titles_label_over_a_sentence_gives_no_alias():
    text = _ZH.replace("其他職稱：膳食顧問、臨床營養人員", "其他職稱：請參考本站的職務說明。")
    assert _aliases(text) == []


_VI = """CẨM NANG NGHỀ | ViecTot.vn
Trang chủ » Cẩm nang nghề nghiệp » Cơ khí
Kỹ sư cơ khí là gì? Công việc và mức lương
Đăng bởi: Minh Anh | Cập nhật: 02/05/2025
Mục lục
1. Kỹ sư cơ khí là gì?
2. Mô tả công việc của một kỹ sư cơ khí
3. Kỹ năng cần có
4. Lộ trình thăng tiến
1. Kỹ sư cơ khí là gì?
Kỹ sư cơ khí là người thiết kế, chế tạo và bảo trì máy móc, thiết bị trong nhà máy và công trình.
2. Mô tả công việc của một kỹ sư cơ khí
Công việc hằng ngày bao gồm:
- Thiết kế chi tiết máy trên phần mềm SolidWorks.
- Lập quy trình gia công và kiểm tra chất lượng sản phẩm.
- Bảo trì định kỳ dây chuyền sản xuất.
3. Kỹ năng cần có
- Sử dụng thành thạo phần mềm thiết kế
- Cẩn thận, trung thực
4. Lộ trình thăng tiến
Kỹ sư cơ khí → Trưởng nhóm kỹ thuật → Giám đốc kỹ thuật
"""


def test_numbered_heading_naming_the_role_counts_its_name_as_one_word():
    # ten syllables, seven words with the role's name as one: the duties' heading
    assert _duties(_VI) == ["Thiết kế chi tiết máy trên phần mềm SolidWorks.",
                            "Lập quy trình gia công và kiểm tra chất lượng sản phẩm.",
                            "Bảo trì định kỳ dây chuyền sản xuất."]


def test_long_numbered_line_without_the_role_name_is_no_heading():
    long_line = "Những việc mà một người làm nghề này phải làm hằng ngày"
    text = _VI.replace("Mô tả công việc của một kỹ sư cơ khí", long_line)
    assert _duties(text) == []


def _skills(text: str) -> list[tuple[str, str | None]]:
    return [(r["skill_name"], r.get("detail")) for r in _page(text).facts.get("role_skills", [])]


_JA_SKILLS = """しごとマップ｜職業ガイド
ホーム ＞ 職業ガイド ＞ 物流 ＞ 倉庫管理者
倉庫管理者
倉庫管理者は、物流センターで商品の入出庫と在庫を管理し、スタッフを指揮する仕事です。
■ 倉庫管理者の主な仕事内容
・入荷した商品の検品と格納
・在庫数の確認と棚卸し
・出荷スケジュールの調整
■ 求められるスキル
・段取り力 ― 作業の順番を考えて人員を割り振る力
・数値管理 ― 在庫のずれにすぐ気づく注意力
"""


def test_horizontal_bar_parts_a_cjk_skill_name_from_its_detail():
    assert _skills(_JA_SKILLS) == [("段取り力", "作業の順番を考えて人員を割り振る力"), ("数値管理", "在庫のずれにすぐ気づく注意力")]


def test_horizontal_bar_after_a_sentence_is_no_name():
    text = _JA_SKILLS.replace("・段取り力 ― 作業の順番を考えて人員を割り振る力", "・作業の順番を考えて人員を割り振る力が求められる ― 現場の声")
    assert _skills(text) == [("作業の順番を考えて人員を割り振る力が求められる ― 現場の声", None),
                             ("数値管理", "在庫のずれにすぐ気づく注意力")]


_ID = """KarirKu | Panduan Profesi
Beranda > Panduan Profesi > Perhotelan
Resepsionis Hotel
Resepsionis hotel adalah orang pertama yang menyambut tamu di lobi. Resepsionis hotel juga sering disebut penerima tamu atau petugas lobi.
Tugas dan Tanggung Jawab
- Melayani check-in dan check-out tamu
- Menjawab telepon dan email pemesanan
- Mengelola data reservasi
Keterampilan yang Dibutuhkan
- Bahasa Inggris
- Pelayanan pelanggan
"""


def test_indonesian_also_called_after_the_role_name_gives_aliases():
    assert _aliases(_ID) == ["penerima tamu", "petugas lobi"]


def test_indonesian_also_called_after_another_subject_gives_no_alias():
    text = _ID.replace("Resepsionis hotel juga sering disebut penerima tamu atau petugas lobi.",
                       "Tamu yang datang juga sering disebut pelanggan atau pengunjung.")
    assert _aliases(text) == []


_ZH_SAID = """职业百科
首页 > 职业百科 > 餐饮 > 面点师
面点师
面点师是在酒店、餐厅或食品企业制作包子、饺子、糕点等面食的技术人员。又称白案厨师、面案师傅。
工作内容
・和面、制馅与成型
・控制蒸、烤、煎的火候
・研发新的面点品种
技能要求
・熟悉各类面团的调制
・能吃苦耐劳
"""


def test_chinese_also_called_sentence_after_one_opening_on_the_role_gives_aliases():
    assert _aliases(_ZH_SAID) == ["白案厨师", "面案师傅"]


def test_chinese_also_called_after_a_sentence_about_something_else_gives_no_alias():
    assert _aliases(_ZH_SAID.replace("面点师是在酒店", "这份工作是在酒店")) == []


def test_vietnamese_called_after_the_role_name_gives_aliases():
    text = _VI.replace("trong nhà máy và công trình.", "trong nhà máy và công trình. Kỹ sư cơ khí còn được gọi là "
                                                        "kỹ sư máy hoặc kỹ sư chế tạo.")
    assert _aliases(text) == ["kỹ sư máy", "kỹ sư chế tạo"]


_KO = """잡가이드 | 직업정보
홈 > 직업정보 > 예술 > 조향사
조향사
조향사는 향료를 배합하여 향수와 생활용품의 향을 만드는 전문가입니다. 다른 이름으로 퍼퓨머, 향료 연구원이라고도 부릅니다.
하는 일
- 향료 원료를 조사하고 배합 비율을 정합니다.
- 시제품의 향을 평가하고 수정합니다.
- 고객사의 요구에 맞춰 향을 개발합니다.
필요한 능력
- 후각 감수성
- 화학 지식
"""


def test_korean_by_another_name_after_the_role_gives_aliases():
    assert _aliases(_KO) == ["퍼퓨머", "향료 연구원"]


def test_korean_by_another_name_without_the_role_named_before_gives_no_alias():
    text = _KO.replace("조향사\n조향사는", "조향사\n이 분야는")
    assert _aliases(text) == []


_HI = """करियर गाइड | नौकरी डॉट इन
होम > करियर गाइड > स्वास्थ्य > नर्स
नर्स
नर्स मरीजों की देखभाल करती हैं और डॉक्टर की मदद करती हैं। नर्स को गांवों में सिस्टर या परिचारिका भी कहा जाता है, वहीं सेना में इन्हें नर्सिंग अधिकारी के नाम से भी जाना जाता है।
मुख्य कार्य
- मरीजों को दवा देना
- मरीज की हालत का रिकॉर्ड रखना
- ऑपरेशन में डॉक्टर की मदद करना
आवश्यक कौशल
- धैर्य
- संवाद कौशल
"""


def test_hindi_also_called_and_known_by_the_name_give_aliases():
    assert _aliases(_HI) == ["सिस्टर", "परिचारिका", "नर्सिंग अधिकारी"]


def test_hindi_pronoun_in_a_sentence_not_naming_the_role_gives_no_alias():
    assert _aliases(_HI.replace("वहीं सेना में इन्हें", "वहीं सेना में। इन्हें")) == ["सिस्टर", "परिचारिका"]


_PT = """Guia de Carreiras | VagaCerta
Início > Guia de Carreiras > Logística > Motorista de Caminhão
Motorista de Caminhão: o que faz e quanto ganha
O motorista de caminhão é o profissional que transporta cargas entre cidades e estados, seguindo rotas e prazos. Também é chamado de caminhoneiro ou carreteiro.
Em resumo
🎓 Formação: Ensino fundamental + CNH categoria E
🚚 Onde trabalha: transportadoras, indústrias, cooperativas
⏰ Jornada: longas viagens, com paradas obrigatórias
O que faz um motorista de caminhão?
• planeja a rota e confere a documentação da carga;
• inspeciona o veículo antes de cada viagem;
• entrega a carga no prazo combinado.
Habilidades necessárias
• direção defensiva
• mecânica básica
"""


def test_icon_before_a_box_label_is_no_part_of_it():
    assert _facts(_PT) == [("Formação", "Ensino fundamental + CNH categoria E"),
                           ("Onde trabalha", "transportadoras, indústrias, cooperativas"),
                           ("Jornada", "longas viagens, com paradas obrigatórias")]


def test_icon_before_a_button_line_gives_no_fact():
    text = _PT.replace("⏰ Jornada: longas viagens, com paradas obrigatórias", "📋 Baixar modelo\nVersão em PDF")
    assert _facts(text) == [("Formação", "Ensino fundamental + CNH categoria E"),
                            ("Onde trabalha", "transportadoras, indústrias, cooperativas")]


def test_portuguese_also_called_after_a_sentence_opening_on_the_role_gives_aliases():
    assert _aliases(_PT) == ["caminhoneiro", "carreteiro"]


def test_portuguese_also_called_after_a_sentence_about_something_else_gives_no_alias():
    assert _aliases(_PT.replace("O motorista de caminhão é o profissional", "O setor de transporte é o ramo")) == []


_TR = """MeslekRehberi
Ana Sayfa » Meslekler » Gıda » Aşçı
Aşçı Nedir, Ne İş Yapar?
1. Aşçı nedir?
Aşçı; restoran, otel ve yemekhanelerde yemekleri hazırlayan ve pişiren meslek elemanıdır.
Kısa Bilgiler
• Eğitim süresi: 2 yıl meslek yüksekokulu
• Çalışma alanı: Restoran, otel, yemekhane
• Mesleki belge: Ustalık belgesi
2. Aşçı ne iş yapar?
• Menüye göre malzemeleri hazırlar.
• Yemekleri tarifine uygun pişirir.
• Mutfağın temizliğini sağlar.
3. Aşçı olmak için gerekli nitelikler
• Hijyen bilgisi
• Takım çalışması
"""


def test_bulleted_pairs_under_a_short_title_line_are_a_box():
    assert _facts(_TR) == [("Eğitim süresi", "2 yıl meslek yüksekokulu"), ("Çalışma alanı", "Restoran, otel, yemekhane"),
                           ("Mesleki belge", "Ustalık belgesi")]


def test_bulleted_pairs_followed_by_a_plain_bullet_are_no_box():
    text = _TR.replace("• Mesleki belge: Ustalık belgesi\n", "• Mesleki belge: Ustalık belgesi\n• Yemek tarifleri ve mutfak düzeni\n")
    assert _facts(text) == []


def test_bulleted_pairs_without_a_title_line_are_no_box():
    assert _facts(_TR.replace("Kısa Bilgiler\n", "")) == []


_PL = """Pensje.info
Raport płacowy | Zawody | Porady
Strona główna / Zawody / Budownictwo / Kierownik budowy
Kierownik budowy – zarobki, obowiązki, ścieżka kariery
Ostatnia aktualizacja: 03.10.2026
NAJWAŻNIEJSZE DANE
Uprawnienia      budowlane bez ograniczeń
Tryb pracy       na budowie, praca zmianowa
Język obcy       niemiecki B1
Czym zajmuje się kierownik budowy?
Kierownik budowy odpowiada za prowadzenie robót zgodnie z projektem i przepisami.
Obowiązki
- prowadzenie dziennika budowy,
- koordynacja pracy podwykonawców,
- odbiory częściowe i końcowe robót.
Wymagane umiejętności
- czytanie dokumentacji projektowej
- znajomość przepisów BHP
"""


def test_aligned_columns_under_a_short_title_line_are_a_box():
    assert _facts(_PL) == [("Uprawnienia", "budowlane bez ograniczeń"), ("Tryb pracy", "na budowie, praca zmianowa"),
                           ("Język obcy", "niemiecki B1")]


def test_aligned_row_of_three_columns_breaks_the_box():
    assert _facts(_PL.replace("Język obcy       niemiecki B1", "Język obcy       niemiecki B1     angielski B2")) == []


def test_cjk_aliases_label_with_its_english_after_it():
    assert _aliases(_JA.replace("別名：保育教諭、保母", "別名 Also known as：保育教諭、保母")) == ["保育教諭", "保母"]


def test_cjk_label_with_english_that_names_no_aliases_gives_none():
    assert _aliases(_JA.replace("別名：保育教諭、保母", "職種 Category：保育教諭、保母")) == []
