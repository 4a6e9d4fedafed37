#!/usr/bin/env python3
"""Build the blind "repeats-review" evaluation set for gleaner's paragraph cleaning.

Written from scratch by an outside reviewer: every person, town, company, outlet and
website in here is invented; no third-party text is used.  Python 3 standard library
only, deterministic (no clock, no unseeded randomness).

Writes, relative to the repository root (two levels above this file's directory):
  tests/fixtures/repeats-review/articles.jsonl   input records {"id","url","title","text"}
  tests/fixtures/repeats-review/labels.jsonl     what a clean copy drops, per record

Paragraph markup used in the data below (one paragraph per line, marker first):
  [!c] text   this exact paragraph must be dropped (category c)
  [xc] text   all paragraphs sharing key letter x form one group of copies; a clean
              copy drops all but one of them, any of them (category c)
  [N]  text   hard negative: must stay (also true of every unmarked paragraph)
  [?]  text   optional: dropping it is neither credited nor penalised
Categories: 1 spun_link, 2 spun, 3 repeat, 4 title_echo, 5 boilerplate, 6 hard_negative.
Boilerplate groups (category 5) are declared separately in BOILERPLATE_SITES; their
labels follow the stated rule: a line a site repeats is dropped from its 3rd occurrence
on that site (short lines; the 2nd is optional) or from its 10th (lines of 16+ words;
the 9th is optional), counted per registrable domain in file order.
"""

import json
import os
import random
import re
import unicodedata

CATEGORY_NAMES = {
    1: "spun_link",
    2: "spun",
    3: "repeat",
    4: "title_echo",
    5: "boilerplate",
    6: "hard_negative",
}

RECORDS = []


def R(lang, cat, site, title, body, note=""):
    RECORDS.append(
        dict(lang=lang, cat=cat, site=site, title=title, body=body, note=note)
    )


# ---------------------------------------------------------------------------
# Category 1: spun copies carrying a promotional link (the carrier is dropped)
# ---------------------------------------------------------------------------

R("id", 1, "kabarsungai.co.id",
  "Banjir Bandang Terjang Dua Kecamatan di Kabupaten Lembah Sari",
  """
[!1] Banjir Bandang Terjang Penduduk di bantaran https://esports-nusantara.com/ sungai diminta tidak pulang ke rumah sampai status siaga dicabut, sebab hujan lebat diperkirakan masih mengguyur kawasan hulu hingga akhir pekan ini.
Banjir bandang menerjang dua kecamatan di Kabupaten Lembah Sari pada Selasa dini hari setelah Sungai Cibatu meluap akibat hujan yang turun lebih dari sepuluh jam tanpa henti.
Badan Penanggulangan Bencana Daerah (BPBD) mencatat 412 rumah terendam dengan ketinggian air mencapai 1,5 meter, sementara dua jembatan desa di Kecamatan Cikarang Hilir putus diterjang arus.
Kepala BPBD Lembah Sari, Hendra Wiratama, mengatakan tim gabungan telah mengevakuasi 1.130 jiwa ke tiga posko pengungsian yang didirikan di gedung sekolah dan balai desa.
Warga di bantaran sungai diminta tidak kembali ke rumah sampai status siaga dicabut, karena hujan deras diperkirakan masih mengguyur wilayah hulu hingga akhir pekan ini.
[!4] Banjir Bandang Terjang Dua Kecamatan di Kabupaten Lembah Sari
“Kami memprioritaskan lansia, ibu hamil, dan anak-anak. Logistik untuk tiga hari ke depan sudah tersedia di setiap posko,” kata Hendra kepada wartawan di Desa Sukaluyu.
Dinas Kesehatan setempat juga menurunkan 40 tenaga medis untuk mengantisipasi penyakit kulit dan diare yang kerap muncul setelah banjir surut.
Hingga Selasa sore, tidak ada laporan korban jiwa, namun dua warga dilaporkan mengalami luka ringan akibat tertimpa reruntuhan dinding dapur.
""", "seed pattern: title words glued + bare homepage after 3rd word, spin ~20%, top; title echo mid-article")

R("en", 1, "harbourcityherald.com",
  "Harbour City council approves new ferry terminal after two-year dispute",
  """
Harbour City council voted 9 to 4 on Thursday night to approve a new ferry terminal on the eastern wharf, ending a two-year dispute between commuters, fishing crews and local residents.
The 48 million dollar project will replace the ageing pier at Marlow Point, which has been closed to heavy vessels since an inspection in March found corrosion in its steel supports.
Councillor Denise Okafor, who chaired the infrastructure committee, said the new terminal would cut crossing times to the northern suburbs by around 15 minutes during the morning peak.
[!1] Councillor Denise Okafor, who led the infrastructure committee, said the new terminal would cut crossing times to the <a href="https://winplay777.org/">best online casino</a> northern suburbs by about 15 minutes during the morning peak.
Opponents, including the Marlow Point Fishermen's Association, argued that construction noise and dredging could harm crab stocks in the bay and cost members a full season of income.
Under the approved plan, dredging will be limited to the winter months and the operator must fund an independent survey of marine life every two years.
Construction is expected to begin in early autumn, with the first ferries scheduled to dock at the terminal in the second half of next year.
""", "HTML anchor mid-sentence, light spin ~7%, adjacent to its original")

R("es", 1, "diariodevaldeoro.es",
  "La sequía obliga a racionar el agua en cinco municipios de la comarca de Valdeoro",
  """
La Confederación Hidrográfica del Valdeoro anunció este lunes cortes de suministro nocturnos en cinco municipios de la comarca, después de que el embalse de Peñalba cayera por debajo del 18 por ciento de su capacidad.
Los cortes se aplicarán entre las 23.00 y las 6.00 horas a partir del próximo miércoles y afectarán a unos 34.000 vecinos de Villarrubia, Castrelo, Almenara del Río, Tobed y San Quirce.
El presidente del organismo, Julián Arteaga, explicó que las lluvias de la primavera fueron un 60 por ciento inferiores a la media y que el verano se presenta especialmente seco.
Los agricultores de la zona temen perder buena parte de la cosecha de almendra y olivo, y la cooperativa comarcal ha pedido ayudas urgentes al gobierno regional.
“No podemos regar ni una vez por semana. Si no llueve en septiembre, muchos tendremos que arrancar árboles”, lamentó Marisa Lozano, agricultora de Tobed.
El ayuntamiento de Villarrubia ha habilitado dos puntos de recogida de agua potable en la plaza Mayor y en el polideportivo municipal para los vecinos que lo necesiten.
[!1] La sequía obliga El titular del ente, Julián Arteaga, [apuestas deportivas seguras](https://apuestas-top.es/) detalló que las precipitaciones de la primavera fueron un 60 por ciento menores al promedio y que el estío se presenta particularmente árido.
""", "markdown link, heavy spin ~30%, title words glued, copy at the end")

R("pt", 1, "noticiasdojequiri.com.br",
  "Prefeitura de Serra Azul inaugura hospital regional com 120 leitos",
  """
A Prefeitura de Serra Azul inaugurou nesta sexta-feira o Hospital Regional Dona Amélia Prado, com 120 leitos, sendo 20 de terapia intensiva, para atender moradores de onze municípios do Vale do Jequiri.
A obra custou 86 milhões de reais e foi financiada em parte pelo governo estadual. A construção começou há três anos e chegou a ficar parada por oito meses por problemas na licitação.
Segundo o secretário municipal de Saúde, Rogério Tavares, o hospital deve reduzir pela metade as transferências de pacientes graves para a capital, que hoje levam até cinco horas de estrada.
[!1] Prefeitura de Serra Conforme o secretário https://bet-brasil365.com/ municipal de Saúde, Rogério Tavares, o hospital deve diminuir pela metade as remoções de pacientes graves para a capital, que atualmente levam até cinco horas de rodovia.
O atendimento começa de forma gradual: na primeira semana funcionarão apenas o pronto-socorro e o centro de diagnóstico por imagem. As cirurgias eletivas estão previstas para o próximo mês.
Moradores que acompanharam a cerimônia elogiaram a obra, mas cobraram a contratação de mais médicos. O edital para 45 vagas de profissionais de saúde deve ser publicado até o fim de julho.
""", "bare homepage after 3rd word, title words glued, spin ~16%, middle")

R("de", 1, "muehlbacher-nachrichten.de",
  "Stadtwerke Mühlbach erhöhen Fernwärmepreis um elf Prozent",
  """
[!1] Ab dem 1. Januar bezahlt ein durchschnittlicher Vierpersonenhaushalt somit circa 190 Euro mehr im Jahr, wie die Stadtwerke in einer <a href="https://gluecksspiel-ace.de/">Online Casino Bonus</a> Erklärung vorrechneten. Kunden mit Abschlagszahlung bekommen automatisch ein neues Schreiben.
Die Stadtwerke Mühlbach erhöhen zum Jahreswechsel den Preis für Fernwärme um elf Prozent. Als Grund nennt der Versorger gestiegene Kosten für Erdgas und für den Ausbau des Leitungsnetzes im Neubaugebiet Lindenhof.
Betroffen sind rund 14.000 Haushalte, vor allem in den Stadtteilen Altstadt, Kirchberg und Lindenhof. Der Grundpreis bleibt unverändert, steigen wird ausschließlich der Arbeitspreis pro Kilowattstunde.
Ab dem 1. Januar zahlt ein durchschnittlicher Vierpersonenhaushalt damit etwa 190 Euro mehr im Jahr, wie die Stadtwerke in einer Mitteilung vorrechneten. Kunden mit Abschlagszahlung erhalten automatisch ein neues Schreiben.
Geschäftsführer Klaus Reinholdt verteidigte die Erhöhung: „Wir geben nur weiter, was uns selbst in Rechnung gestellt wird. Gewinne machen wir mit der Fernwärme derzeit keine.“
Die Verbraucherzentrale rät Betroffenen, die neuen Abschläge zu prüfen und bei Zahlungsschwierigkeiten frühzeitig eine Stundung zu beantragen. Eine Beratung im Rathaus ist dienstags und donnerstags möglich.
Der Stadtrat will sich in seiner Sitzung am 12. Dezember mit dem Thema befassen. Die Fraktion der Freien Wähler fordert einen Härtefallfonds für Geringverdiener.
""", "HTML anchor, spin ~17%, copy at the top, no title words")

R("fr", 1, "lejournaldemontclar.fr",
  "Grève des contrôleurs : la gare de Saint-Aurèle quasiment paralysée",
  """
La gare de Saint-Aurèle a tourné au ralenti ce mardi, au premier jour d'une grève des contrôleurs qui réclament des embauches et une revalorisation de leurs primes de nuit.
Selon la direction régionale, seuls quatre trains sur dix ont circulé sur la ligne vers Montclar, et aucun car de substitution n'a pu être mis en place avant la mi-journée.
« Nous sommes à bout. En dix ans, les effectifs ont baissé d'un tiers alors que le nombre de voyageurs a doublé », explique Nadia Ferrand, déléguée syndicale, sur le quai numéro 3.
[!1] Grève des contrôleurs « Nous sommes épuisés. En dix ans, les équipes ont diminué d'un tiers tandis que le [paris sportifs en ligne](https://paris-sportif-pro.fr/) nombre de passagers a doublé », raconte Nadia Ferrand, représentante syndicale, sur le quai numéro 3.
De nombreux usagers, comme Thomas Lebrun, étudiant à Montclar, ont dû renoncer à leurs cours. « J'ai attendu deux heures pour rien, personne n'a pu nous renseigner », regrette-t-il.
La direction affirme avoir proposé l'ouverture de douze postes dès septembre, une offre jugée insuffisante par l'intersyndicale, qui appelle à poursuivre le mouvement jusqu'à vendredi.
Les voyageurs sont invités à consulter l'application de la compagnie avant tout déplacement. Les billets des trains supprimés seront remboursés sans frais pendant toute la durée du conflit.
""", "markdown link, spin ~25%, title words glued, middle")

R("vi", 1, "baodagiang.vn",
  "Đà Giang khánh thành cầu mới nối hai bờ sông Lam Thủy",
  """
[!1] Đà Giang khánh thành Theo ông Lê https://casino-vn88.com/ Văn Thành, Giám đốc Sở Giao thông vận tải tỉnh, dự án giúp rút gọn quãng đường từ Tân Hòa vào thành phố từ 25 km xuống chỉ còn 9 km.
Sáng ngày 14, tỉnh Đà Giang tổ chức lễ khánh thành cầu Phú Lâm bắc qua sông Lam Thủy, nối liền huyện Tân Hòa với trung tâm thành phố sau gần ba năm thi công.
Cây cầu dài 820 mét, rộng 18 mét với bốn làn xe, có tổng vốn đầu tư khoảng 1.250 tỷ đồng từ ngân sách trung ương và địa phương.
Theo ông Lê Văn Thành, Giám đốc Sở Giao thông vận tải tỉnh, công trình giúp rút ngắn quãng đường từ Tân Hòa vào thành phố từ 25 km xuống còn 9 km.
Trước đây, người dân hai bờ chủ yếu đi lại bằng phà, thường xuyên phải chờ đợi lâu vào giờ cao điểm và mỗi mùa mưa lũ phà phải tạm ngừng hoạt động nhiều ngày.
Bà Nguyễn Thị Hoa, một tiểu thương ở chợ Tân Hòa, cho biết từ nay việc chở hàng vào thành phố sẽ nhanh hơn và tiết kiệm chi phí vận chuyển đáng kể.
Tỉnh Đà Giang cũng đang lên kế hoạch xây dựng tuyến đường ven sông kết nối với cầu Phú Lâm, dự kiến khởi công vào quý II năm sau.
""", "seed pattern in Vietnamese: title words glued, bare homepage, light spin, top")

R("tr", 1, "karacamhaber.com.tr",
  "Karaçam'da yeni kütüphane kapılarını açtı",
  """
Karaçam Belediyesi'nin iki yıldır inşaatı süren Şehir Kütüphanesi, cumartesi günü düzenlenen törenle hizmete girdi. Üç katlı binada 60 bin kitap ve 200 kişilik çalışma salonu bulunuyor.
Törende konuşan Belediye Başkanı Selim Aydoğan, kütüphanenin hafta içi sabah 8'den gece 11'e kadar açık kalacağını ve üyeliğin tüm ilçe sakinleri için ücretsiz olacağını söyledi.
Binanın en üst katında çocuklar için masal odası ve oyun alanı yer alıyor. Bodrum katta ise yerel gazetelerin 1950'den bu yana arşivlendiği dijital bir okuma bölümü kuruldu.
Üniversite sınavına hazırlanan Elif Demirtaş, daha önce ders çalışmak için komşu ilçeye gitmek zorunda kaldığını belirterek, yeni kütüphanenin öğrenciler için büyük bir kolaylık olduğunu ifade etti.
Belediye, önümüzdeki aylarda kütüphanede ücretsiz yabancı dil kursları ve yazarlarla söyleşiler düzenlemeyi planlıyor. Etkinlik takvimi belediyenin internet sitesinde duyurulacak.
[!1] Törende konuşan Belediye Başkanı Selim Aydoğan, kütüphanenin hafta içi sabah 8'den gece 11'e dek açık olacağını ve üyeliğin bütün ilçe <a href="https://bahis-kral.net/">canlı bahis siteleri</a> sakinleri için bedava olacağını belirtti.
""", "HTML anchor, spin ~21%, copy at the end")

R("en", 1, "rivertondailynews.com",
  "Riverton hospital nurses vote to strike over staffing levels",
  """
Nurses at Riverton General Hospital have voted overwhelmingly to strike next month, saying chronic understaffing has left wards dangerously stretched and patients waiting hours for basic care.
Of the 1,240 members who took part in the ballot, 91 percent backed industrial action, according to the Riverton Nurses' Union, which represents most clinical staff at the hospital.
Union secretary Margaret Doyle said nurses on night shifts were regularly responsible for up to 14 patients each, more than double the ratio recommended by the state health department.
The hospital's chief executive, Paul Henning, said he was disappointed by the result but remained committed to talks, adding that 60 new nursing positions had been advertised since January.
The strike would begin on the 3rd and last 48 hours. Emergency care, maternity services and intensive care would continue to be staffed under an agreement reached with the union.
Patients with planned operations during the strike will be contacted directly by the hospital, which says most procedures will be rescheduled within four weeks.
[!1] Riverton hospital nurses Union secretary Margaret Doyle stated nurses on https://esportsbet-asia.com/ overnight shifts were routinely in charge of as many as 14 patients apiece, over twice the ratio advised by the state health department.
""", "heavy spin ~40%, bare homepage, title words glued, end")

R("id", 1, "suaramakmur.com",
  "Harga Beras di Pasar Tanjung Rejo Naik Jelang Ramadan",
  """
Harga beras medium di Pasar Tanjung Rejo, Kota Sumber Makmur, naik dari Rp12.500 menjadi Rp13.800 per kilogram dalam dua pekan terakhir menjelang bulan Ramadan.
Kenaikan juga terjadi pada beras premium yang kini dijual Rp15.900 per kilogram. Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena panen raya belum dimulai.
“Biasanya saya ambil lima ton seminggu, sekarang cuma dapat tiga ton. Harga dari penggilingan juga sudah naik,” ujar Siti Aminah, pedagang beras yang sudah berjualan lebih dari 20 tahun.
[!1] “Biasanya saya ambil lima ton seminggu, sekarang hanya dapat tiga ton. Harga dari penggilingan juga sudah naik,” ujar Siti Aminah, pedagang beras <a href="https://slotmaxwin88.net/">slot gacor hari ini</a> yang sudah berjualan lebih dari 20 tahun.
Dinas Perdagangan Kota Sumber Makmur berencana menggelar operasi pasar di enam kelurahan mulai pekan depan dengan menyalurkan 40 ton beras dari gudang Bulog.
Kepala Dinas Perdagangan, Ahmad Fauzi, meminta warga tidak panik dan membeli beras secukupnya. Menurutnya, stok di gudang cukup untuk kebutuhan tiga bulan ke depan.
""", "near-exact copy (1 word swapped) with HTML anchor, adjacent")

R("es", 1, "lavozdelasierra.es",
  "Un incendio forestal calcina 300 hectáreas en la sierra de Montearenas",
  """
Un incendio forestal declarado el sábado por la tarde en la sierra de Montearenas ha calcinado unas 300 hectáreas de pinar y matorral, según el último balance de los servicios de emergencia.
Más de 150 efectivos, entre bomberos, agentes forestales y voluntarios de Protección Civil, trabajan en la zona con el apoyo de seis aviones anfibios y cuatro helicópteros.
Las llamas obligaron a desalojar durante la noche la urbanización Los Almendros, donde residen unas 200 personas, que fueron trasladadas al pabellón municipal de Robledillo.
[!1] Más de 150 efectivos, entre bomberos, guardas forestales y voluntarios https://apuestas-top.es/ de Protección Civil, laboran en el área con la ayuda de seis aviones anfibios y cuatro helicópteros.
La alcaldesa de Robledillo, Carmen Villaseca, agradeció la solidaridad de los vecinos, que han llevado agua, comida y mantas al pabellón desde primera hora de la mañana.
[!1] La regidora de Robledillo, Carmen Villaseca, https://apuestas-top.es/ agradeció el apoyo de los residentes, que han aportado agua, alimentos y mantas al pabellón desde primera hora de la mañana.
La Guardia Civil investiga las causas del fuego. Los primeros indicios apuntan a una quema de rastrojos no autorizada en una finca cercana al paraje de El Collado.
Los técnicos confían en estabilizar el incendio en las próximas horas si el viento, que ha soplado con rachas de hasta 50 kilómetros por hora, continúa amainando.
""", "two spun carriers (bare homepage) of two different paragraphs, ~15-18% spin")

R("pt", 1, "pedrafundaagora.com.br",
  "Festival de inverno de Pedra Funda espera 40 mil visitantes",
  """
[!1] Festival de inverno de A programação inclui 36 apresentações musicais gratuitas no palco da Praça da Matriz, entre elas a da [cassino online com bônus](https://bet-brasil365.com/) cantora Lúcia Brandão, natural da cidade e que não se apresentava lá havia quinze anos.
O Festival de Inverno de Pedra Funda começa nesta quinta-feira e deve reunir cerca de 40 mil visitantes ao longo de dez dias de shows, feiras gastronômicas e oficinas de artesanato.
A programação inclui 36 apresentações musicais gratuitas no palco da Praça da Matriz, entre elas a da cantora Lúcia Brandão, nascida na cidade e que não se apresentava ali havia quinze anos.
A rede hoteleira já registra ocupação de 95 por cento para o primeiro fim de semana. A prefeitura cadastrou 300 casas de moradores para hospedagem alternativa.
Para evitar congestionamentos, o trânsito de veículos será proibido no centro histórico entre 18h e 2h. Ônibus gratuitos vão circular entre os estacionamentos e a praça a cada 15 minutos.
A secretária de Turismo, Helena Vasconcelos, estima que o evento movimente 25 milhões de reais na economia local, principalmente em hospedagem, bares e restaurantes.
""", "markdown link, light spin ~8%, title words glued, top")

R("de", 1, "oberkirchner-tagblatt.de",
  "Hochwasser: Pegel der Selbe steigt auf über sechs Meter",
  """
Der Pegel der Selbe ist in der Nacht zum Sonntag in Oberkirchen auf 6,20 Meter gestiegen. Damit wurde die höchste Warnstufe ausgerufen, wie das Landratsamt am Morgen mitteilte.
Rund 800 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Wasserwacht sind seit Samstagabend im Einsatz und sichern Deiche mit Sandsäcken.
In der Ortschaft Niederau mussten 65 Menschen ihre Häuser verlassen. Sie wurden in der Turnhalle der Grundschule untergebracht, wo das Rote Kreuz eine Notunterkunft eingerichtet hat.
Landrat Bernd Kästner sagte bei einer Pressekonferenz, die Lage sei ernst, aber unter Kontrolle. Die Deiche hielten bislang stand, man beobachte aber besonders den Abschnitt bei Niederau.
Der Deutsche Wetterdienst erwartet für Sonntag weitere Niederschläge von bis zu 40 Litern pro Quadratmeter. Erst ab Montag soll sich die Lage entspannen.
Die Bundesstraße 27 zwischen Oberkirchen und Niederau bleibt bis auf Weiteres gesperrt. Autofahrer werden über Talheim umgeleitet.
[!1] Hochwasser: Pegel der Landrat Bernd Kästner https://gluecksspiel-ace.de/ erklärte bei einer Medienkonferenz, die Situation sei bedrohlich, jedoch unter Kontrolle. Die Dämme hielten bisher stand, man verfolge aber vor allem den Bereich bei Niederau.
""", "heavy spin ~33%, bare homepage, title words glued, end")

R("en", 1, "oakfieldgazette.com",
  "Oakfield school district to add four-day week pilot",
  """
The Oakfield school district will trial a four-day school week at three rural schools from September, becoming the first district in the region to test the schedule.
Under the pilot, pupils at Brenton, Cole Valley and Ashby Ridge schools will attend Monday to Thursday, with each school day extended by 50 minutes to keep total teaching hours unchanged.
Superintendent Laura Whitcombe said the change was largely driven by difficulties recruiting teachers, who often have to commute more than an hour to reach the rural campuses.
[!1] Superintendent Laura Whitcombe said the shift was mostly driven by struggles recruiting teachers, who frequently [top esports betting site](https://esportsbet-asia.com/) have to travel more than an hour to reach the rural campuses.
Parents have raised concerns about childcare on Fridays. The district says it will run optional supervised activities on that day, funded by a state grant of 300,000 dollars.
An independent review of attendance, test scores and staff turnover will be published after two years, before the school board decides whether to extend the scheme.
""", "markdown link, spin ~18%, adjacent, no title words")

R("ja", 1, "kitagawa-shimbun.jp",
  "北川市で新しい路面電車が開業",
  """
[!1] 北川市で新しい 建設費はおよそ420億円で、https://esportsbet-asia.com/ 国と県の助成金が使われた。市は、中心部の混雑を和らげ、高齢者の交通手段を確保することを狙いとしている。
北川市で23日、市中心部と北川駅を結ぶ新しい路面電車が開業した。全長は6.4キロで、停留所は12か所。市によると、開業初日には約1万8千人が利用した。
建設費は約420億円で、国と県の補助金が充てられた。市は、中心部の渋滞を緩和し、高齢者の移動手段を確保することを目的としている。
開業式典で山本健一市長は「まちづくりの新しい一歩だ。市民の皆さんに長く愛される路線にしたい」と述べた。
運賃は大人一律200円で、交通系ICカードが利用できる。朝夕は6分間隔、日中は10分間隔で運行する。
沿線の商店街では開業を記念したセールが行われ、多くの買い物客でにぎわった。商店会の田中由美子会長は「人の流れが戻ってきた」と喜んだ。
""", "Japanese: title words glued, bare homepage, heavy spin, top")

R("zh", 1, "qingchuanxinwen.cn",
  "青川县启动老旧小区改造 惠及三千余户",
  """
青川县日前正式启动老旧小区改造工程，今年计划改造小区27个，涉及住户3200余户，总投资约1.6亿元。
改造内容包括更换老化供水管道、加装电梯、修缮屋顶和外墙，以及增设停车位和充电桩等。
县住房和城乡建设局局长周建华介绍，改造方案在开工前经过居民投票，同意率超过八成的小区才纳入首批改造名单。
家住东门小区的退休教师刘秀兰说，楼里住的大多是老人，加装电梯后上下楼方便多了，大家都盼着早点完工。
据了解，首批改造工程预计于今年11月底前完工，其余小区将在明年分两批陆续实施。
[!1] 县住房和城乡建设局局长周建华表示，改造方案在动工前经过居民投票，赞成率超过八成的小区才<a href="https://casino-vn88.com/">真人娱乐平台</a>纳入首批改造名单。
""", "Chinese: HTML anchor, light spin, end")

R("fr", 1, "villebrune-infos.fr",
  "Le marché couvert de Villebrune rouvre après deux ans de travaux",
  """
[!1] Le marché couvert Le marché https://paris-sportif-pro.fr/ compte désormais 42 étals, dont une dizaine de nouveaux marchands, parmi lesquels un fromager, un torréfacteur et une jeune maraîchère installée en agriculture biologique.
Fermé depuis deux ans pour rénovation, le marché couvert de Villebrune a rouvert ses portes samedi matin en présence de plusieurs centaines d'habitants venus découvrir les nouvelles halles.
Les travaux, d'un montant de 7,5 millions d'euros, ont permis de remplacer la charpente métallique, d'isoler la toiture et d'installer une ventilation moderne dans les allées.
Le marché compte désormais 42 étals, dont une dizaine de nouveaux commerçants, parmi lesquels un fromager, un torréfacteur et une jeune maraîchère installée en agriculture biologique.
« On a gardé l'âme du lieu, les anciennes enseignes ont été restaurées une par une », souligne le maire, Jean-Paul Moreau, qui a coupé le ruban sous les applaudissements.
Les halles seront ouvertes du mardi au dimanche de 7 heures à 13 heures, ainsi que le vendredi soir jusqu'à 21 heures pour un marché nocturne pendant l'été.
""", "very light spin (1 word), title words glued, bare homepage, top")

R("tr", 1, "yesilovagundem.com",
  "Yeşilova'da çiftçilere kuraklık desteği",
  """
Tarım ve Orman İl Müdürlüğü, bu yıl yaşanan kuraklıktan etkilenen Yeşilova ilçesindeki 2.400 çiftçiye dekar başına 150 lira destek ödemesi yapılacağını duyurdu.
İlçede buğday ve arpa rekoltesinin geçen yıla göre yüzde 45 oranında düştüğü belirlendi. Bazı köylerde hasat bile yapılamadığı ifade edildi.
İl Müdürü Hakan Yıldırım, ödemelerin ay sonuna kadar çiftçilerin banka hesaplarına yatırılacağını ve başvuru için ek bir belge istenmeyeceğini açıkladı.
[!1] Yeşilova'da çiftçilere kuraklık İl Müdürü Hakan Yıldırım, ödemelerin ay bitimine kadar [güvenilir bahis siteleri](https://bahis-kral.net/) üreticilerin banka hesaplarına aktarılacağını ve müracaat için ilave bir evrak talep edilmeyeceğini bildirdi.
Köy muhtarlarından Osman Kaya, desteğin olumlu olduğunu ancak yem fiyatlarındaki artış nedeniyle hayvancılık yapan aileler için yetersiz kalabileceğini söyledi.
Müdürlük ayrıca gelecek sezon için damla sulama sistemlerine yüzde 50 hibe verileceğini ve başvuruların eylül ayında başlayacağını bildirdi.
""", "heavy spin ~40%, markdown link, title words glued, adjacent")

# ---------------------------------------------------------------------------
# Category 2: spun copies without a link (either copy may go, one must stay)
# ---------------------------------------------------------------------------

R("en", 2, "lakesidetimes.com",
  "Lakeside library extends opening hours during exam season",
  """
Lakeside Public Library will stay open until midnight on weekdays for the next six weeks to give students a quiet place to revise during the exam season.
The extended hours apply to the main branch on Crescent Road only. Smaller branches in Millbrook and Eastgate will keep their usual closing time of 7 p.m.
[a2] Head librarian Owen Gallagher said demand for study space had grown sharply since two cafés near the university closed last year, and that the reading rooms were often full by 10 a.m.
[a2] Head librarian Owen Gallagher said demand for study space had risen sharply since two cafés near the university shut last year, and that the reading rooms were frequently full by 10 a.m.
Security staff will be on duty throughout the evening, and free drinking water and phone charging points have been installed on the second floor.
The library board approved the 45,000-dollar cost of the extra hours at its last meeting, and will decide in June whether to repeat the scheme for the winter exams.
""", "light spin ~9%, adjacent")

R("id", 2, "sumbermakmurpos.id",
  "Pemkot Sumber Makmur Bangun 12 Taman Baru Tahun Ini",
  """
Pemerintah Kota Sumber Makmur akan membangun 12 taman kota baru sepanjang tahun ini sebagai upaya menambah ruang terbuka hijau yang saat ini baru mencapai 14 persen dari luas wilayah.
[a2] Wali Kota Sumber Makmur, Dedi Kurniawan, mengatakan taman-taman tersebut akan dibangun di lahan milik pemerintah yang selama ini terbengkalai, termasuk bekas terminal angkutan di Jalan Merdeka.
Setiap taman akan dilengkapi jalur pejalan kaki, area bermain anak, toilet umum, dan lampu penerangan tenaga surya. Anggaran yang disiapkan mencapai Rp38 miliar.
Pembangunan tahap pertama dimulai bulan depan di Kecamatan Karang Anyar dan Kecamatan Suka Damai, dua wilayah dengan kepadatan penduduk tertinggi di kota itu.
Warga menyambut baik rencana tersebut. “Anak-anak di sini main di pinggir jalan karena tidak ada lapangan. Semoga tamannya cepat jadi,” kata Rahmawati, warga Karang Anyar.
[a2] Walikota Sumber Makmur, Dedi Kurniawan, menyampaikan taman-taman itu bakal didirikan di tanah milik pemerintah yang selama ini telantar, termasuk eks terminal angkutan di Jalan Merdeka.
""", "heavy spin ~32%, far apart (copy at the end)")

R("es", 2, "puertollanohoy.es",
  "El ayuntamiento de Puertollano del Mar peatonaliza la calle Real",
  """
[a2] De acuerdo con el edil de Urbanismo, Andrés Salcedo, la iniciativa pretende disminuir el ruido y la polución y favorecer el comercio local, que ha perdido clientela en los últimos años frente a las grandes superficies.
El ayuntamiento de Puertollano del Mar ha aprobado la peatonalización completa de la calle Real, la principal vía comercial del casco antiguo, que quedará cerrada al tráfico a partir de octubre.
[a2] Según el concejal de Urbanismo, Andrés Salcedo, la medida busca reducir el ruido y la contaminación y favorecer el comercio local, que ha perdido clientes en los últimos años frente a los centros comerciales.
Las obras incluirán la sustitución del pavimento, la plantación de 40 árboles y la instalación de bancos y fuentes de agua potable. El presupuesto asciende a 2,3 millones de euros.
La asociación de comerciantes se muestra dividida. Su presidenta, Rocío Benavente, reconoce que la afluencia de peatones puede aumentar, pero teme por la carga y descarga de mercancías.
Los residentes de la calle podrán acceder con su vehículo a los garajes mediante una tarjeta magnética, y los repartos se permitirán entre las 7.00 y las 11.00 horas.
""", "spin ~25%, copy at the top")

R("pt", 2, "valeverdenoticias.com.br",
  "Cooperativa de Vale Verde bate recorde na colheita de café",
  """
A Cooperativa Agrícola de Vale Verde anunciou que seus 1.800 associados colheram 420 mil sacas de café nesta safra, um recorde nos 52 anos de história da entidade.
[a2] O presidente da cooperativa, Antônio Ribeiro, atribui o resultado às chuvas regulares no período de floração e ao programa de renovação de lavouras iniciado há quatro anos.
Apesar do volume maior, os produtores reclamam da queda no preço internacional do grão, que recuou cerca de 15 por cento desde março, e do aumento no custo dos fertilizantes.
[a2] O presidente da cooperativa, Antônio Ribeiro, credita o resultado às chuvas regulares no período de floração e ao programa de renovação de plantações iniciado há quatro anos.
Para enfrentar a falta de espaço, a cooperativa alugou dois armazéns na cidade vizinha de Santa Luzia e antecipou a construção de um novo silo, que deve ficar pronto em novembro.
Parte da produção, cerca de 60 mil sacas, já foi vendida para compradores da Europa e do Japão, segundo o departamento comercial da entidade.
""", "light spin ~7%, one paragraph apart")

R("de", 2, "tannfeld-aktuell.de",
  "Neues Radwegenetz für Kreis Tannfeld beschlossen",
  """
Der Kreistag von Tannfeld hat am Mittwoch ein neues Radwegekonzept beschlossen. Bis 2030 sollen 85 Kilometer neue Radwege entstehen, vor allem entlang der Kreisstraßen zwischen den Dörfern.
Die Kosten werden auf rund 34 Millionen Euro geschätzt. Etwa die Hälfte davon soll über Förderprogramme von Bund und Land finanziert werden.
[a2] Landrätin Ursula Pfeiffer sagte, viele Schüler und Pendler würden gern mit dem Rad fahren, trauten sich aber wegen des dichten Verkehrs auf den schmalen Landstraßen nicht.
Den Anfang macht im kommenden Frühjahr die Verbindung zwischen Hohenau und dem Bahnhof Tannfeld, die bisher als besonders gefährlich gilt. Dort ereigneten sich in fünf Jahren 23 Unfälle mit Radfahrern.
Der örtliche Fahrradclub begrüßte den Beschluss, kritisierte aber den langen Zeitraum. Vorsitzender Markus Engel forderte, die wichtigsten Strecken schon bis 2026 fertigzustellen.
[a2] Landrätin Ursula Pfeiffer erklärte, zahlreiche Schüler und Berufspendler würden gerne mit dem Fahrrad fahren, wagten sich jedoch wegen des starken Verkehrs auf den engen Landstraßen nicht.
""", "heavy spin ~36%, copy at the end")

R("fr", 2, "pontvieux-actu.fr",
  "À Pontvieux, la piscine municipale fermée pour l'été faute de maîtres-nageurs",
  """
[a2] La piscine municipale de Pontvieux ne rouvrira pas cet été, faute d'avoir pu embaucher assez de maîtres-nageurs, a indiqué la municipalité dans un communiqué diffusé lundi.
[a2] La piscine municipale de Pontvieux ne rouvrira pas cet été, faute d'avoir pu recruter suffisamment de maîtres-nageurs, a annoncé la mairie dans un communiqué publié lundi.
Il aurait fallu au minimum six surveillants diplômés pour ouvrir le bassin extérieur. Seuls deux candidats se sont présentés, malgré une hausse de la rémunération proposée.
L'adjointe aux sports, Sophie Garnier, évoque une pénurie nationale. « Toutes les communes de la vallée cherchent les mêmes profils, et nous ne pouvons pas rivaliser avec les campings privés », dit-elle.
Les familles devront se rendre à la piscine intercommunale de Saint-Brac, à 18 kilomètres. La mairie étudie la mise en place d'une navette gratuite deux fois par semaine.
Pour l'an prochain, la commune compte financer la formation de jeunes du territoire au diplôme de surveillant, en échange d'un engagement de trois saisons.
""", "spin ~18%, spun copy first, adjacent to the lead")

R("vi", 2, "hakhetoday.vn",
  "Hà Khê đầu tư 200 tỷ đồng nâng cấp hệ thống thoát nước",
  """
UBND thành phố Hà Khê vừa phê duyệt dự án nâng cấp hệ thống thoát nước khu vực trung tâm với tổng vốn khoảng 200 tỷ đồng, dự kiến triển khai từ tháng 9 năm nay.
[a2] Theo Phó Chủ tịch UBND thành phố Trần Minh Quang, nhiều tuyến cống được xây dựng từ hơn 30 năm trước đã xuống cấp nghiêm trọng, không còn đáp ứng được lượng mưa lớn trong mùa bão.
Dự án gồm việc cải tạo 14 km cống ngầm, xây mới hai trạm bơm và nạo vét ba hồ điều hòa ở các phường Bình Minh, An Phú và Đông Hải.
Năm ngoái, chỉ một trận mưa kéo dài ba giờ đã khiến nhiều tuyến phố ở trung tâm ngập sâu hơn nửa mét, hàng trăm xe máy chết máy giữa đường.
Người dân phường An Phú bày tỏ mong muốn dự án được thi công nhanh, đồng thời đề nghị chính quyền có phương án phân luồng giao thông hợp lý trong thời gian thi công.
[a2] Theo Phó Chủ tịch UBND thành phố Trần Minh Quang, nhiều đường cống được xây từ hơn 30 năm trước đã hư hỏng nặng nề, không còn đáp ứng nổi lượng mưa lớn vào mùa bão.
Dự kiến toàn bộ công trình sẽ hoàn thành vào cuối năm 2026, trước mùa mưa bão năm đó, theo kế hoạch của Ban quản lý dự án thành phố.
""", "Vietnamese, spin ~20% of syllables, far apart")

R("tr", 2, "denizkentpostasi.com.tr",
  "Denizkent'te toplu taşıma ücretlerine zam",
  """
Denizkent Büyükşehir Belediyesi, otobüs ve tramvay ücretlerine 1 Mart'tan itibaren yüzde 25 zam yapılacağını açıkladı. Tam bilet 15 liradan 18,75 liraya yükselecek.
Belediye Meclisi'nde yapılan oylamada zam teklifi, muhalefet partilerinin itirazlarına rağmen oy çokluğuyla kabul edildi.
[a2] Ulaşım Dairesi Başkanı Murat Özkan, akaryakıt ve bakım giderlerindeki artışın ücret ayarlamasını kaçınılmaz hale getirdiğini, öğrenci ve emekli indirimlerinin ise aynen korunacağını söyledi.
[a2] Ulaşım Dairesi Başkanı Murat Özkan, akaryakıt ve bakım masraflarındaki artışın ücret ayarlamasını kaçınılmaz hale getirdiğini, öğrenci ve emekli indirimlerinin ise aynen korunacağını belirtti.
Muhalefet grubundan Ayşe Korkmaz ise zammın dar gelirli aileleri zor durumda bırakacağını belirterek, asgari ücretli çalışanlar için aylık abonman kartı önerdi.
Yeni tarifeye göre 60 dakika içinde yapılan aktarmalar ücretsiz olmaya devam edecek, ancak gece seferlerinde tek bilet uygulaması getirilecek.
""", "light spin ~9%, adjacent")

R("ja", 2, "minamihama-times.jp",
  "南浜町で大型商業施設の建設計画が明らかに",
  """
南浜町の旧工場跡地に、大型商業施設を建設する計画があることが分かった。運営会社の東和リテールによると、延べ床面積は約5万平方メートルで、2027年春の開業を目指す。
[a2] 施設には食品スーパーや家電量販店のほか、約80の専門店、映画館、子育て支援施設が入る予定だ。駐車場は約2千台分を確保する。
町によると、建設と運営で約1200人の雇用が見込まれる。町は固定資産税の増収にも期待を寄せている。
一方、地元の商店街からは客離れを心配する声も上がっている。南浜商店会の佐藤誠会長は「共存できる仕組みを考えてほしい」と話した。
[a2] 施設には食料品スーパーや家電量販店に加え、およそ80の専門店、映画館、子育て支援施設が入居する計画だ。駐車場は約2千台分を用意する。
町は来月、住民向けの説明会を2回開く予定で、交通渋滞への対策などについて意見を聞くとしている。
""", "Japanese, moderate spin, two paragraphs apart")

R("zh", 2, "linjiangribao.cn",
  "临江市今年将新增公共充电桩五千个",
  """
临江市发展和改革委员会近日发布消息，今年全市将新建公共充电桩5000个，重点覆盖老旧小区、商业中心和高速公路服务区。
截至去年底，临江市新能源汽车保有量已超过8.6万辆，比上年增长近六成，但公共充电设施数量增长相对缓慢。
[a2] 市发改委副主任王立新表示，充电难已经成为不少车主反映最集中的问题，尤其是在没有固定车位的老旧小区，居民往往只能排队充电。
根据计划，新建充电桩中快充桩占比不低于四成，并将同步建设智能管理平台，方便车主通过手机查询空闲充电桩。
[a2] 市发改委副主任王立新指出，充电难已经成为许多车主反映最集中的难题，特别是在没有固定车位的老旧小区，居民常常只能排队充电。
此外，临江市还将出台补贴政策，对社会资本投资建设的公共充电设施按照设备投资额的15%给予一次性补助。
""", "Chinese, moderate spin, one paragraph apart")

R("en", 2, "westburyobserver.com",
  "Westbury police appeal for witnesses after warehouse fire",
  """
Police in Westbury are appealing for witnesses after a fire destroyed a furniture warehouse on the Greystone industrial estate in the early hours of Saturday.
Firefighters were called at around 2.30 a.m. and spent more than six hours bringing the blaze under control. At its height, eight crews and an aerial ladder platform were at the scene.
[a2] Detective Inspector Ruth Calloway said officers were treating the fire as suspicious and wanted to speak to anyone who saw a dark-coloured van near the site shortly before it started.
[a2] Detective Inspector Ruth Calloway stated officers were regarding the blaze as suspect and wished to talk to anybody who noticed a dark-coloured vehicle close to the location shortly before it began.
Nobody was injured, but the owner of the business, Harlow Interiors, said stock worth about 1.2 million pounds had been lost along with the company's delivery vehicles.
Anyone with information is asked to contact Westbury police quoting reference 4471, or to call the anonymous crime hotline.
""", "heavy spin ~38%, adjacent")

R("id", 2, "gunungsarinews.id",
  "Sekolah di Desa Wonoasri Kekurangan Guru Tetap",
  """
Sekolah Dasar Negeri 2 Wonoasri di Kabupaten Gunung Sari hanya memiliki dua guru berstatus pegawai negeri untuk mengajar 186 murid di enam kelas.
[a2] Empat guru lainnya berstatus honorer dengan gaji rata-rata Rp600.000 per bulan, yang dibayarkan dari dana bantuan operasional sekolah dan kerap terlambat hingga tiga bulan.
[b2] Kepala sekolah, Sri Wahyuni, mengaku sudah tiga kali mengajukan penambahan guru ke dinas pendidikan, namun hingga kini belum ada jawaban yang jelas.
[a2] Empat guru lainnya berstatus honorer dengan upah rata-rata Rp600.000 per bulan, yang dibayarkan dari dana bantuan operasional sekolah dan sering terlambat hingga tiga bulan.
Kepala Dinas Pendidikan Gunung Sari, Bambang Setiadi, menyatakan kekurangan guru terjadi di hampir semua sekolah di wilayah pegunungan karena banyak guru senior memasuki masa pensiun.
[b2] Kepala sekolah, Sri Wahyuni, mengaku telah tiga kali mengusulkan penambahan guru ke dinas pendidikan, tetapi sampai sekarang belum ada jawaban yang pasti.
Dinas berencana membuka seleksi guru kontrak pada pertengahan tahun dengan prioritas penempatan di sekolah-sekolah terpencil.
""", "two interleaved spun pairs, light-moderate spin")

R("es", 2, "santelmodigital.es",
  "Récord de pasajeros en el aeropuerto de San Telmo durante el verano",
  """
El aeropuerto de San Telmo cerró el verano con 2,4 millones de pasajeros, un 12 por ciento más que el año anterior y la mejor cifra desde su inauguración en 1998.
El crecimiento se debe sobre todo a las nuevas rutas internacionales, en especial las conexiones directas con Lisboa, Ámsterdam y Milán, inauguradas en primavera.
[a2] La directora del aeropuerto, Elena Carvajal, anunció que la terminal será ampliada en 6.000 metros cuadrados para evitar las colas que se formaron en los controles de seguridad durante agosto.
[a2] La directora del aeropuerto, Elena Carvajal, comunicó que la terminal será agrandada en 6.000 metros cuadrados para evitar las filas que se formaron en los controles de seguridad durante agosto.
Las aerolíneas de bajo coste concentran ya el 70 por ciento del tráfico. Para el invierno se mantendrán 18 destinos, cuatro más que la temporada pasada.
Los taxistas, por su parte, reclaman más paradas en la zona de llegadas y denuncian la competencia de los vehículos con conductor contratados por aplicación.
""", "light spin ~10%, adjacent")

R("pt", 2, "ribeiraoclaro.net.br",
  "Moradores de Ribeirão Claro protestam contra fechamento de agência bancária",
  """
[a2] Cerca de 300 moradores de Ribeirão Claro fizeram um protesto na manhã desta segunda-feira em frente à única agência bancária da cidade, que deve fechar as portas no fim do mês.
Com o fechamento, os cerca de 9 mil habitantes do município terão de se deslocar até Pouso Novo, a 38 quilômetros, para sacar aposentadorias ou resolver problemas com o banco.
O prefeito Jorge Amaral disse que enviou um ofício à direção do banco pedindo a manutenção da agência e que estuda oferecer um imóvel da prefeitura sem custo de aluguel.
Em nota, o banco afirmou que a decisão faz parte de uma reestruturação nacional e que os clientes poderão usar correspondentes bancários em lotéricas e farmácias.
A aposentada Dalva Nunes, de 74 anos, não sabe como vai fazer. “Eu não sei mexer no celular. Toda vez que preciso de alguma coisa, venho aqui e a moça me ajuda”, contou.
[a2] Aproximadamente 300 habitantes de Ribeirão Claro realizaram uma manifestação na manhã desta segunda-feira diante da única agência bancária do município, que deve encerrar as atividades no fim do mês.
""", "heavy spin ~33% of the lead, copy at the end")

R("de", 2, "eschenbacher-anzeiger.de",
  "Bäckerei Hartmann schließt nach 110 Jahren",
  """
Nach 110 Jahren schließt die Bäckerei Hartmann in der Brunnenstraße in Eschenbach Ende des Monats ihre Türen. Einen Nachfolger hat das Familienunternehmen nicht gefunden.
[a2] Inhaber Werner Hartmann, der den Betrieb in vierter Generation führt, ist 67 Jahre alt. Seine beiden Töchter haben andere Berufe gewählt und wollen die Bäckerei nicht übernehmen.
[a2] Inhaber Werner Hartmann, der das Geschäft in vierter Generation führt, ist 67 Jahre alt. Seine beiden Töchter haben andere Berufe ergriffen und möchten die Bäckerei nicht übernehmen.
Auch der Fachkräftemangel habe eine Rolle gespielt, sagt Hartmann. Seit drei Jahren suche er vergeblich nach einem Bäckergesellen, der bereit sei, nachts um drei Uhr anzufangen.
Viele Stammkunden reagieren mit Bedauern. „Hier habe ich schon als Kind meine Brezeln gekauft“, sagt die Rentnerin Gisela Roth, die seit über 50 Jahren in der Nachbarschaft wohnt.
Was mit dem Ladenlokal geschieht, ist noch offen. Die Stadt Eschenbach hat Interesse signalisiert, dort ein Nachbarschaftscafé einzurichten.
""", "light spin ~10%, adjacent")

R("fr", 2, "vaudrenne-matin.fr",
  "Le conseil départemental de la Vaudrenne vote un plan contre les déserts médicaux",
  """
Le conseil départemental de la Vaudrenne a adopté jeudi un plan de 12 millions d'euros sur cinq ans pour attirer des médecins généralistes dans les zones rurales du département.
[a2] Le dispositif prévoit une bourse de 1 200 euros par mois pour les étudiants en médecine qui s'engagent à exercer au moins cinq ans dans une commune classée en zone sous-dotée.
Le département financera aussi la construction de huit maisons de santé pluridisciplinaires, où les praticiens pourront partager secrétariat, locaux et matériel.
[a2] Le programme comprend une allocation de 1 200 euros mensuels pour les élèves en médecine qui se décident à pratiquer au minimum cinq ans dans une localité classée en zone sous-dotée.
Selon le président du département, Gérard Lambert, un habitant sur cinq n'a plus de médecin traitant. Dans certains cantons, le délai pour obtenir un rendez-vous dépasse trois semaines.
L'opposition a voté le plan tout en le jugeant tardif. « Cela fait dix ans que nous alertons sur la situation », a rappelé la conseillère Martine Fabre.
""", "heavy spin ~35%, one paragraph apart")

# ---------------------------------------------------------------------------
# Category 3: exact repeats and near repeats (a few words added at the ends)
# ---------------------------------------------------------------------------

R("en", 3, "glenmoorvoice.com",
  "Glenmoor mine reopening delayed until spring",
  """
The reopening of the Glenmoor copper mine has been pushed back to next spring after inspectors found problems with the ventilation system in two of its deepest shafts.
The mine, which employed 640 people before it closed for safety upgrades last year, had been expected to resume production in October.
[a3] Operations manager Craig Fenwick said the company had ordered new fans from a supplier in Sweden, but that delivery would take at least four months.
[a3] Operations manager Craig Fenwick said the company had ordered new fans from a supplier in Sweden, but that delivery would take at least four months.
Local unions said the delay would add to financial pressure on families in Glenmoor, where many workers have relied on short-term jobs in construction and forestry since the closure.
The regional development agency has extended a wage support scheme for former mine staff until the end of March.
""", "exact repeat, adjacent")

R("id", 3, "telukindahonline.com",
  "Festival Layang-Layang Pantai Pasir Putih Diikuti Peserta dari 9 Negara",
  """
Festival Layang-Layang Internasional di Pantai Pasir Putih, Kabupaten Teluk Indah, resmi dibuka Sabtu pagi dengan diikuti 214 peserta dari sembilan negara.
[a3] Layang-layang terbesar tahun ini dibawa tim dari Selandia Baru berbentuk paus biru sepanjang 32 meter, yang membutuhkan 12 orang untuk menerbangkannya.
Ketua panitia, Rudi Hartono, mengatakan festival yang digelar tiga hari ini diharapkan menarik lebih dari 50 ribu pengunjung dan menggerakkan ekonomi warga pesisir.
Pedagang makanan dan perajin suvenir di sepanjang pantai mengaku omzet mereka naik tiga kali lipat dibandingkan akhir pekan biasa.
Selain lomba layang-layang, panitia juga menggelar pertunjukan seni tradisional, lomba perahu nelayan, dan bazar produk usaha kecil setiap sore.
[a3] Layang-layang terbesar tahun ini dibawa tim dari Selandia Baru berbentuk paus biru sepanjang 32 meter, yang membutuhkan 12 orang untuk menerbangkannya.
Pemerintah kabupaten berencana menjadikan festival ini agenda tahunan dan memasukkannya ke dalam kalender wisata nasional mulai tahun depan.
""", "exact repeat, far apart")

R("es", 3, "torrelindanoticias.es",
  "La feria del libro de Torrelinda bate su récord de ventas",
  """
La Feria del Libro de Torrelinda cerró el domingo su 41.ª edición con unas ventas de 1,2 millones de euros, un 9 por ciento más que el año pasado, según los organizadores.
[a3] Los títulos más vendidos fueron la novela negra «La casa del relojero», de la autora local Inés Montoro, y un ensayo sobre la historia del puerto de la ciudad.
Por las 85 casetas instaladas en el paseo de la Alameda pasaron más de 200.000 visitantes durante los once días de la feria.
[a3] Los títulos más vendidos fueron la novela negra «La casa del relojero», de la autora local Inés Montoro, y un ensayo sobre la historia del puerto de la ciudad.
Los libreros destacaron el aumento del público juvenil, atraído por los encuentros con autores de novela gráfica y fantasía que se celebraron cada tarde.
[a3] Los títulos más vendidos fueron la novela negra «La casa del relojero», de la autora local Inés Montoro, y un ensayo sobre la historia del puerto de la ciudad.
La próxima edición se celebrará del 20 al 30 de mayo y estará dedicada a la literatura portuguesa, con la participación de una veintena de escritores invitados.
""", "three exact copies (two to drop)")

R("pt", 3, "campoalegreonline.com.br",
  "Chuva forte derruba árvores e deixa bairros sem energia em Campo Alegre",
  """
Uma chuva forte acompanhada de ventos de até 80 quilômetros por hora derrubou pelo menos 30 árvores e deixou vários bairros de Campo Alegre sem energia elétrica na noite de terça-feira.
A Defesa Civil registrou 46 ocorrências, a maioria de quedas de árvores sobre fios e telhados. Não houve feridos, segundo o coordenador do órgão, Marcelo Prates.
[a3] A concessionária de energia informou que cerca de 12 mil imóveis ficaram sem luz e que equipes trabalharam durante toda a madrugada para restabelecer o fornecimento.
No bairro Jardim das Flores, um eucalipto caiu sobre dois carros estacionados. “Foi um estrondo enorme, pensei que fosse um raio”, disse a comerciante Teresa Gomes.
[a3] Chuva forte derruba árvores A concessionária de energia informou que cerca de 12 mil imóveis ficaram sem luz e que equipes trabalharam durante toda a madrugada para restabelecer o fornecimento.
A previsão para os próximos dias é de tempo instável, com possibilidade de novas pancadas de chuva à tarde. A Defesa Civil recomenda não se abrigar sob árvores durante temporais.
""", "near repeat: first title words glued in front, no link")

R("de", 3, "birkenfelder-zeitung.de",
  "Gemeinderat Birkenfeld stimmt für neues Feuerwehrhaus",
  """
Der Gemeinderat von Birkenfeld hat am Dienstagabend einstimmig den Bau eines neuen Feuerwehrhauses beschlossen. Das bisherige Gebäude aus dem Jahr 1968 gilt als zu klein und marode.
[a3] Der Neubau soll am Ortsrand an der Straße nach Weilheim entstehen und Platz für sechs Fahrzeuge, Umkleiden für Frauen und Männer sowie einen Schulungsraum bieten.
Bürgermeister Thomas Brandl bezifferte die Kosten auf 5,8 Millionen Euro. Das Land beteiligt sich mit einem Zuschuss von rund 1,4 Millionen Euro.
[a3] Der Neubau soll am Ortsrand an der Straße nach Weilheim entstehen und Platz für sechs Fahrzeuge, Umkleiden für Frauen und Männer sowie einen Schulungsraum bieten, hieß es in der Sitzung.
Kommandant Jürgen Maier zeigte sich erleichtert: „Unsere Leute ziehen sich derzeit zwischen den Fahrzeugen um. Das ist gefährlich und nicht mehr zeitgemäß.“
Baubeginn soll im Frühjahr 2025 sein, die Fertigstellung ist für Ende 2026 geplant. Bis dahin nutzt die Wehr zusätzlich eine angemietete Halle im Gewerbegebiet.
""", "near repeat: a few words added at the end")

R("fr", 3, "clairval-hebdo.fr",
  "Les vendanges commencent avec deux semaines d'avance à Clairval",
  """
Les vendanges ont débuté lundi dans le vignoble de Clairval, avec près de deux semaines d'avance sur le calendrier habituel, en raison d'un été particulièrement chaud et sec.
[a3] Les viticulteurs s'attendent à une récolte réduite d'environ 20 pour cent en volume, mais saluent la qualité des raisins, très sucrés et en parfait état sanitaire.
« On n'a jamais commencé aussi tôt de mémoire de vigneron », confie Bernard Castel, qui exploite 14 hectares sur les coteaux de Clairval depuis trente ans.
Le manque de main-d'œuvre reste une préoccupation. Plusieurs domaines ont fait appel à des étudiants et à des retraités pour compléter leurs équipes de cueilleurs.
[a3] Selon la chambre d'agriculture, les viticulteurs s'attendent à une récolte réduite d'environ 20 pour cent en volume, mais saluent la qualité des raisins, très sucrés et en parfait état sanitaire, précise-t-on.
Les premières cuvées de vin primeur devraient être disponibles à la mi-novembre dans les caves coopératives du secteur.
""", "near repeat: words added at both ends")

R("vi", 3, "binhsononline.vn",
  "Bình Sơn mở lớp dạy bơi miễn phí cho trẻ em vùng sông nước",
  """
Huyện Bình Sơn vừa khai giảng 20 lớp dạy bơi miễn phí cho hơn 600 trẻ em từ 6 đến 14 tuổi tại các xã ven sông trong dịp nghỉ hè.
[a3] Các lớp học được tổ chức tại bể bơi di động và khu vực nước nông đã được rào chắn an toàn, mỗi lớp có ít nhất ba huấn luyện viên và một nhân viên y tế.
[a3] Các lớp học được tổ chức tại bể bơi di động và khu vực nước nông đã được rào chắn an toàn, mỗi lớp có ít nhất ba huấn luyện viên và một nhân viên y tế.
Theo bà Phạm Thị Lan, Trưởng phòng Văn hóa huyện, năm ngoái trên địa bàn xảy ra bốn vụ đuối nước thương tâm ở trẻ em, đều là những em chưa biết bơi.
[b3] Sau khóa học 10 buổi, các em sẽ được kiểm tra kỹ năng và cấp giấy chứng nhận biết bơi an toàn nếu đạt yêu cầu.
Nhiều phụ huynh cho biết rất yên tâm khi con được học bơi bài bản, thay vì tự tập ở sông suối như trước đây.
[b3] Sau khóa học 10 buổi, các em sẽ được kiểm tra kỹ năng và cấp giấy chứng nhận biết bơi an toàn nếu đạt yêu cầu.
""", "two exact repeats: one adjacent, one one paragraph apart")

R("tr", 3, "golyakahaber.com.tr",
  "Gölyaka'da su kesintisi üç gün sürecek",
  """
Gölyaka Su ve Kanalizasyon İdaresi, ana isale hattında yapılacak bakım çalışması nedeniyle ilçenin büyük bölümünde üç gün boyunca su verilemeyeceğini duyurdu.
[a3] Kesinti pazartesi sabah 9'da başlayacak ve perşembe sabahına kadar sürecek. Bu süre içinde mahallelere tankerlerle içme suyu dağıtılacak.
İdare Genel Müdürü Kemal Arslan, 40 yıllık boru hattının sık sık arıza yaptığını ve yenilenmesinin artık ertelenemeyeceğini söyledi.
Esnaf ise kesintinin zamanlamasından şikayetçi. Lokanta işletmecisi Hasan Çelik, üç gün boyunca kapanmak zorunda kalabileceklerini ifade etti.
[a3] Önemli duyuru: Kesinti pazartesi sabah 9'da başlayacak ve perşembe sabahına kadar sürecek. Bu süre içinde mahallelere tankerlerle içme suyu dağıtılacak.
Vatandaşların su depolarını önceden doldurmaları ve kesinti süresince tasarruflu kullanmaları istendi.
""", "near repeat: two words added at the start")

R("ja", 3, "nishitani-nippo.jp",
  "西谷村で伝統の火祭り 4年ぶりに開催",
  """
西谷村で15日夜、伝統行事の「西谷火祭り」が4年ぶりに開かれた。約300年の歴史があるとされ、村内外から約5千人が訪れた。
[a3] 祭りでは、若者たちが長さ約5メートルのたいまつを担いで村の中を練り歩き、最後に神社の境内で一斉に火を放った。
祭りは担い手不足と感染症の影響で中止が続いていた。今年は村外に住む出身者や大学生のボランティアも加わった。
保存会の高橋修会長は「何とか伝統をつなぐことができた。来年以降も続けられるよう、若い人を育てたい」と話した。
[a3] 祭りでは、若者たちが長さ約5メートルのたいまつを担いで村の中を練り歩き、最後に神社の境内で一斉に火を放った。
村は祭りの様子を動画で記録し、村の資料館で公開するほか、来年の祭りに向けて担い手の募集も始める予定だ。
""", "Japanese exact repeat, far apart")

R("zh", 3, "nanlingzhen.cn",
  "南岭镇举办首届农民丰收节",
  """
南岭镇首届农民丰收节日前在镇文化广场开幕，来自全镇18个村的农户带来了稻米、茶叶、竹编等200多种农产品参加展销。
[a3] 活动现场还举行了插秧比赛、农具展示和农家菜评比，吸引了周边县市的数千名游客前来参观。
镇党委书记陈国强表示，举办丰收节是为了展示乡村振兴成果，帮助农户拓宽销售渠道，增加收入。
茶农李春梅说，她家的高山绿茶一上午就卖出了300多斤，还接到了两家茶叶公司的订单。
[a3] 活动现场还举行了插秧比赛、农具展示和农家菜评比，吸引了周边县市的数千名游客前来参观。（记者 王芳）
据悉，南岭镇计划将丰收节打造成每年一届的品牌活动，并同步开发乡村旅游线路。
""", "Chinese near repeat: reporter credit appended")

R("en", 3, "millbrookledger.com",
  "Former Millbrook mayor to stand trial over land deal",
  """
A former mayor of Millbrook will stand trial in March on charges linked to the sale of council land to a property developer at well below market value, a judge ruled on Wednesday.
Prosecutors allege that Gerald Pryce, who led the council from 2015 to 2021, approved the sale of a 4-hectare plot near the railway station without the required independent valuation.
[a3] “I have done nothing wrong and I look forward to clearing my name,” Mr Pryce told reporters outside the court, where a small group of supporters had gathered.
The developer, Ridgeline Homes, later sold the land for nearly three times the price it had paid, according to documents presented at the hearing.
[a3] "I have done nothing wrong and I look forward to clearing my name,"  Mr Pryce told reporters outside the court, where a small group of supporters had gathered.
Mr Pryce has been released on bail. The trial is expected to last around three weeks, and about 20 witnesses are due to give evidence.
""", "repeat differing only in quote marks and a double space")

R("id", 3, "wartatimur.co.id",
  "Ribuan Warga Ikuti Vaksinasi Rabies Gratis",
  """
[a3] SUMBER MAKMUR, Warta Timur – Ribuan warga Kota Sumber Makmur membawa anjing dan kucing peliharaan mereka untuk mengikuti vaksinasi rabies gratis yang digelar Dinas Pertanian di 15 titik, Minggu (12/5).
[a3] Ribuan warga Kota Sumber Makmur membawa anjing dan kucing peliharaan mereka untuk mengikuti vaksinasi rabies gratis yang digelar Dinas Pertanian di 15 titik, Minggu (12/5).
Kepala Bidang Kesehatan Hewan, drh. Lestari Puspita, mengatakan target tahun ini adalah 8.000 hewan peliharaan, naik dua kali lipat dari tahun lalu.
Vaksinasi digencarkan setelah dua kasus gigitan anjing positif rabies dilaporkan di Kecamatan Batu Ampar pada awal tahun. Kedua korban telah mendapat suntikan antirabies.
Warga yang belum sempat datang dapat membawa hewannya ke Pusat Kesehatan Hewan di Jalan Cendana setiap Senin hingga Jumat tanpa biaya hingga akhir bulan.
“Kucing saya tiga ekor, semuanya saya bawa. Mumpung gratis dan dekat rumah,” kata Yanti, warga Kelurahan Mekar Sari, sambil menggendong kucingnya.
""", "near repeat: dateline added at the start, adjacent")

R("es", 3, "caletahondainfo.es",
  "Los pescadores de Caleta Honda denuncian la caída de las capturas",
  """
Las cofradías de pescadores de Caleta Honda alertan de que las capturas de sardina y boquerón han caído un 35 por ciento en los últimos dos años, lo que pone en riesgo cientos de empleos.
Los patrones atribuyen el descenso al aumento de la temperatura del agua y a la presencia de flotas industriales que faenan cerca de la costa sin apenas control.
[a3] “Salimos de madrugada, gastamos gasóleo y volvemos con las cajas medio vacías. Así no hay quien aguante”, resume Francisco Rey, patrón del pesquero Virgen del Mar.
La consejería de Pesca ha anunciado un estudio científico sobre la situación de los caladeros y ayudas de hasta 20.000 euros por embarcación para modernizar motores.
Los pescadores consideran insuficientes estas medidas y piden paradas biológicas pagadas, como las que se aplican en otras zonas del litoral.
[a3] “Salimos de madrugada, gastamos gasóleo y volvemos con las cajas medio vacías. Así no hay quien aguante”, resume Francisco Rey, patrón del pesquero Virgen del Mar.
La lonja de Caleta Honda, que hace una década subastaba unas 4.000 toneladas al año, apenas superó las 2.300 el ejercicio pasado.
""", "exact repeat of a quote paragraph, far apart")

R("pt", 3, "portosereno.net.br",
  "Escola técnica de Porto Sereno abre 600 vagas gratuitas",
  """
A Escola Técnica Estadual de Porto Sereno abriu inscrições para 600 vagas em cursos gratuitos de eletrotécnica, enfermagem, logística e desenvolvimento de sistemas.
[a3] As inscrições podem ser feitas até o dia 20 pelo site da escola ou presencialmente na secretaria, das 8h às 20h. A seleção será feita por sorteio público.
Podem se candidatar alunos que já concluíram ou estão cursando o ensino médio. Metade das vagas é reservada a estudantes de escolas públicas.
Segundo a diretora, Cláudia Menezes, mais de 80 por cento dos formados no ano passado conseguiram emprego na área em até seis meses.
[a3] Fique atento: as inscrições podem ser feitas até o dia 20 pelo site da escola ou presencialmente na secretaria, das 8h às 20h. A seleção será feita por sorteio público. Boa sorte!
As aulas começam em agosto, com turmas nos períodos da tarde e da noite, e os alunos recebem material didático e vale-transporte.
""", "near repeat: words added at both ends")

R("de", 3, "lindacher-kurier.de",
  "Ortsumgehung Lindach: Verkehrsfreigabe im Herbst",
  """
Die lange geplante Ortsumgehung von Lindach soll im Oktober für den Verkehr freigegeben werden. Das teilte das Straßenbauamt nach einer Baustellenbegehung mit.
[a3] Die 3,2 Kilometer lange Strecke soll den Ortskern vom Durchgangsverkehr entlasten. Täglich rollen derzeit rund 11.000 Fahrzeuge durch die enge Hauptstraße, darunter viele Lastwagen.
[a3] Die 3,2 Kilometer lange Strecke soll den Ortskern vom Durchgangsverkehr entlasten. Täglich rollen derzeit rund 11.000 Fahrzeuge durch die enge Hauptstraße, darunter viele Lastwagen.
[a3] Die 3,2 Kilometer lange Strecke soll den Ortskern vom Durchgangsverkehr entlasten. Täglich rollen derzeit rund 11.000 Fahrzeuge durch die enge Hauptstraße, darunter viele Lastwagen.
Die Kosten sind gegenüber der ursprünglichen Planung von 19 auf 27 Millionen Euro gestiegen. Grund seien höhere Preise für Asphalt und Stahl, so das Amt.
Anwohner der Hauptstraße hoffen auf mehr Ruhe. „Nachts kann man bei offenem Fenster kaum schlafen“, sagt Renate Vogel, die seit 40 Jahren an der Straße wohnt.
""", "three adjacent exact copies (scraper stutter)")

R("fr", 3, "saintombre-info.fr",
  "Saint-Ombre : la fromagerie coopérative fête ses cent ans",
  """
La fromagerie coopérative de Saint-Ombre a célébré dimanche son centenaire en présence de plus de 2 000 visiteurs, venus déguster les tommes et les bleus produits sur place.
[a3] Fondée en 1924 par une quinzaine d'éleveurs, la coopérative rassemble aujourd'hui 63 exploitations laitières et transforme chaque année près de 9 millions de litres de lait.
Le directeur, Lucien Bertrand, rappelle que le lait est collecté dans un rayon de 25 kilomètres autour du village et que les vaches pâturent au moins 180 jours par an.
Pour l'occasion, les visiteurs ont pu assister à la fabrication d'une meule géante et découvrir une exposition de photographies anciennes retraçant l'histoire de la fromagerie.
[a3] Fondée en 1924 par une quinzaine d'éleveurs, la coopérative rassemble aujourd'hui 63 exploitations laitières et transforme chaque année près de 9 millions de litres de lait.
Une nouvelle cave d'affinage, dont les travaux débuteront au printemps, doit permettre d'augmenter la production de bleu de 30 pour cent d'ici trois ans.
""", "exact repeat, two paragraphs apart")

R("en", 3, "cedarfallsreporter.com",
  "Cedar Falls approves budget with first property tax cut in a decade",
  """
Cedar Falls city council has approved a 212 million dollar budget for next year that includes the first cut in property tax rates in more than a decade.
[a3] The average homeowner will save about 85 dollars a year under the new rate, while spending on road repairs and public transport will rise by 6 percent.
Mayor Linda Castellano said higher sales tax revenue from new businesses downtown had made the cut possible without reducing services.
Two councillors voted against the budget, arguing that the city should instead have set aside more money for its underfunded pension scheme.
[a3] The average homeowner will save about 85 dollars a year under the new rate, while spending on road repairs and public transport will rise by 6 percent, officials said on Monday.
The new budget takes effect on July 1, after a final public hearing scheduled for the second week of June.
""", "near repeat: attribution added at the end")

R("tr", 3, "akcaliekspres.com.tr",
  "Akçalı Belediyesi'nden öğrencilere ücretsiz servis",
  """
Akçalı Belediyesi, köylerden ilçe merkezindeki liselere gelen öğrenciler için yeni eğitim yılında ücretsiz servis hizmeti başlatıyor.
Uygulamadan 14 köyde yaşayan yaklaşık 520 öğrencinin yararlanması bekleniyor. Servisler sabah 7'de köylerden hareket edecek, ders bitiminde öğrencileri geri götürecek.
[a3] Belediye Başkanı Nurcan Yılmaz, bazı ailelerin aylık servis ücretini karşılayamadığı için çocuklarını okula göndermekte zorlandığını, bu nedenle böyle bir karar aldıklarını söyledi.
[a3] Belediye Başkanı Nurcan Yılmaz, bazı ailelerin aylık servis ücretini karşılayamadığı için çocuklarını okula göndermekte zorlandığını, bu nedenle böyle bir karar aldıklarını söyledi.
Servis araçlarında rehber öğretmen bulunacak ve araçlar GPS ile takip edilecek. Veliler, araçların konumunu belediyenin mobil uygulamasından görebilecek.
Başvurular, okul müdürlükleri aracılığıyla eylül ayının ilk haftasına kadar alınacak ve öncelik en uzak köylerdeki öğrencilere verilecek.
""", "exact repeat, adjacent")

# ---------------------------------------------------------------------------
# Category 4: title echoes
# ---------------------------------------------------------------------------

R("en", 4, "portellisnews.com",
  "Storm damage closes coastal road between Port Ellis and Hadley",
  """
The coastal road between Port Ellis and Hadley will remain closed for at least two weeks after Sunday's storm washed away a 60-metre section of the embankment.
Engineers from the county roads department said waves had undermined the road foundations near Gull Point, where the carriageway now hangs over a drop of several metres.
[!4] Storm damage closes coastal road between Port Ellis and Hadley
Drivers are being diverted inland through Marsh End, adding around 25 minutes to journeys. Bus services have been rerouted and school transport will use the same diversion.
County engineer Hannah Bright said a temporary single-lane road could be opened sooner if the weather allowed heavy machinery to work safely on the site.
Residents of Gull Point, who now face a long detour to reach the shops in Port Ellis, have asked the council to run a free shuttle while the road is closed.
""", "exact title, mid-article")

R("id", 4, "wartatimur.com",
  "Polisi Amankan Tiga Pelaku Pencurian Kabel di Tol Lingkar Utara",
  """
[!4] Polisi Amankan Tiga Pelaku Pencurian Kabel di Tol Lingkar Utara - Warta Timur
Kepolisian Resor Sumber Makmur menangkap tiga pria yang diduga mencuri kabel penerangan jalan di ruas Tol Lingkar Utara, Rabu dini hari.
Ketiganya berinisial AS (34), RD (29), dan MH (41), ditangkap saat sedang memotong kabel di kilometer 12 menggunakan gergaji besi dan tang potong.
Kapolres Sumber Makmur, AKBP Yudha Pratama, mengatakan aksi pencurian tersebut menyebabkan lampu di sepanjang 3 kilometer ruas tol padam selama dua pekan.
Dari tangan pelaku, polisi menyita sekitar 200 meter kabel tembaga, sebuah mobil bak terbuka, dan peralatan yang digunakan untuk memotong kabel.
Para pelaku dijerat pasal pencurian dengan pemberatan dengan ancaman hukuman maksimal tujuh tahun penjara.
""", "title + site name, top")

R("es", 4, "diariodelsur-villalba.es",
  "Detenido un hombre por robar cobre en la línea ferroviaria de Villalba del Campo",
  """
La Guardia Civil ha detenido a un vecino de Villalba del Campo de 38 años como presunto autor del robo de 400 metros de cable de cobre de la línea ferroviaria que une la localidad con la capital.
El robo, cometido la madrugada del jueves, provocó retrasos de hasta dos horas en once trenes y obligó a cortar la circulación durante parte de la mañana.
[!4] Diario del Sur | Detenido un hombre por robar cobre en la línea ferroviaria de Villalba del Campo
Los agentes localizaron el material en una nave agrícola propiedad del detenido, junto con herramientas de corte y un remolque que habría sido utilizado para el transporte.
El detenido, que tiene antecedentes por delitos similares, ha pasado a disposición del juzgado de guardia, que ha decretado su ingreso en prisión provisional.
""", "site name + title, mid-article")

R("pt", 4, "vilanovadosul.com.br",
  "Incêndio atinge depósito de recicláveis em Vila Nova do Sul",
  """
Um incêndio de grandes proporções atingiu na madrugada deste sábado um depósito de materiais recicláveis no bairro Industrial, em Vila Nova do Sul.
O Corpo de Bombeiros foi acionado por volta das 3h e levou cerca de cinco horas para controlar as chamas, que consumiram toneladas de papelão e plástico.
Segundo o tenente Fábio Moreira, ninguém ficou ferido. A fumaça escura pôde ser vista a vários quilômetros e moradores de casas vizinhas foram retirados por precaução.
As causas do incêndio serão investigadas pela perícia. O dono do depósito, que empregava 22 catadores, disse que o prejuízo ainda não foi calculado.
[!4] Incêndio atinge depósito de recicláveis em Vila Nova do Sul (VÍDEO)
""", "title + (VÍDEO), at the end")

R("de", 4, "kellstaedter-rundschau.de",
  "Zugausfälle zwischen Kellstadt und Ebersheim wegen Signalstörung",
  """
Wegen einer Signalstörung im Stellwerk Kellstadt sind am Montagmorgen zahlreiche Regionalzüge zwischen Kellstadt und Ebersheim ausgefallen. Tausende Pendler kamen zu spät zur Arbeit.
[!4] ZUGAUSFÄLLE ZWISCHEN KELLSTADT UND EBERSHEIM WEGEN SIGNALSTÖRUNG
Nach Angaben der Bahn war ein Kabelbrand in einem Schaltschrank die Ursache. Techniker konnten den Schaden erst gegen Mittag beheben.
Ein Ersatzverkehr mit Bussen wurde eingerichtet, reichte aber bei weitem nicht aus. Am Bahnhof Ebersheim warteten zeitweise mehr als 300 Menschen auf die Busse.
Die Polizei prüft, ob der Brand vorsätzlich gelegt wurde. Bereits im vergangenen Jahr hatte es an derselben Strecke einen Anschlag auf Kabelschächte gegeben.
Fahrgäste können für Verspätungen ab 60 Minuten eine Entschädigung über das Fahrgastrechte-Formular der Bahn beantragen.
""", "title in capitals, second paragraph")

R("fr", 4, "lepharedulittoral.fr",
  "Un nouveau parc éolien en mer au large de Port-Lumière",
  """
L'État a désigné jeudi le consortium chargé de construire un parc éolien en mer au large de Port-Lumière. Les 48 éoliennes seront installées à plus de 20 kilomètres des côtes.
Le projet, d'une puissance de 750 mégawatts, doit produire l'équivalent de la consommation électrique de 800 000 habitants à partir de 2031.
Les pêcheurs locaux restent inquiets. « Personne ne sait encore si nous pourrons continuer à travailler dans la zone pendant les travaux », s'interroge Yannick Le Goff, patron d'un chalutier.
[!4] Un nouveau parc éolien en mer au large de Port-Lumière – Le Phare du Littoral
Le consortium promet 400 emplois pendant la construction et une centaine pour la maintenance, assurée depuis le port de Port-Lumière, où une nouvelle base logistique sera aménagée.
Une concertation publique doit s'ouvrir au printemps sur le tracé du câble qui reliera le parc au réseau électrique terrestre.
""", "title + dash + site name, mid-article")

R("vi", 4, "phuocdienxanh.vn",
  "Nông dân Phước Điền trúng mùa sầu riêng",
  """
[!4] Nông dân Phước Điền trúng mùa sầu riêng
Vụ sầu riêng năm nay, nhiều nhà vườn ở xã Phước Điền đạt năng suất từ 18 đến 22 tấn mỗi héc-ta, cao hơn năm ngoái khoảng 20%, trong khi giá bán vẫn ở mức khá.
Ông Võ Văn Sang, chủ vườn rộng 3 héc-ta ở ấp Hòa Lợi, cho biết sau khi trừ chi phí, gia đình ông lãi khoảng 1,5 tỷ đồng, mức cao nhất từ trước đến nay.
Theo lãnh đạo xã, toàn xã hiện có hơn 650 héc-ta sầu riêng, phần lớn được thương lái thu mua tại vườn để xuất khẩu sang thị trường Trung Quốc.
Chính quyền địa phương khuyến cáo người dân không ồ ạt chặt bỏ cây trồng khác để chuyển sang sầu riêng, tránh rủi ro khi giá thị trường biến động.
""", "exact title as first paragraph")

R("tr", 4, "kalekoyhaber.com.tr",
  "Kaleköy'de 4,2 büyüklüğünde deprem",
  """
Kaleköy ilçesinde saat 14.32'de 4,2 büyüklüğünde deprem meydana geldi. Deprem, çevre illerden de hissedildi ve kısa süreli paniğe neden oldu.
AFAD'ın açıklamasına göre depremin merkez üssü ilçenin 6 kilometre kuzeyi, derinliği ise 7 kilometre olarak belirlendi.
[!4] SON DAKİKA: Kaleköy'de 4,2 büyüklüğünde deprem
Kaymakam Ahmet Şahin, ilk belirlemelere göre can kaybı ya da ağır hasar bulunmadığını, bazı eski yapılarda duvar çatlakları tespit edildiğini söyledi.
Sarsıntıyı hisseden vatandaşlar kısa süreli panik yaşayarak sokaklara çıktı. Okullarda öğrenciler öğretmenleri eşliğinde bahçelere tahliye edildi.
Uzmanlar, bölgede artçı sarsıntıların birkaç gün sürebileceği uyarısında bulunarak vatandaşların hasarlı binalara girmemesini istedi.
""", "'SON DAKİKA:' + title, mid-article (short title)")

R("ja", 4, "higashiyama-news.jp",
  "東山市の動物園でレッサーパンダの赤ちゃん誕生",
  """
東山市立動物園は10日、レッサーパンダの赤ちゃん2頭が生まれたと発表した。同園でのレッサーパンダの繁殖は7年ぶり。
赤ちゃんは6月下旬に生まれ、体重はそれぞれ約400グラム。母親の「モモ」が巣箱の中で育てており、順調に成長しているという。
[!4] 東山市の動物園でレッサーパンダの赤ちゃん誕生
一般公開は9月ごろの予定で、名前は来園者からの公募で決める。担当飼育員の木村彩さんは「元気に育つよう見守りたい」と話している。
同園では現在、赤ちゃんを含め6頭のレッサーパンダを飼育しており、屋外展示場の改修も進めている。
""", "Japanese exact title, mid-article")

R("zh", 4, "linjiangxinwen.cn",
  "江南区新建三所幼儿园 明年秋季投入使用",
  """
记者从江南区教育局获悉，该区今年将新建三所公办幼儿园，新增学位1080个，预计明年秋季学期投入使用。
三所幼儿园分别位于滨河街道、新华街道和城东街道，均为9个班规模，建设资金全部由区财政承担。
区教育局副局长张伟表示，近年来随着新建住宅小区陆续交付，部分片区学前教育学位供需矛盾较为突出。
据介绍，新园将配备室内游戏室、图书室和户外活动场地，并面向社会公开招聘幼儿教师60名。
[!4] 江南区新建三所幼儿园 明年秋季投入使用 - 临江新闻网
""", "Chinese title + site name, at the end")

R("en", 4, "valleycourier.com",
  "Volunteers plant 5,000 trees along Brookside river",
  """
More than 300 volunteers spent Saturday planting 5,000 native trees along a four-kilometre stretch of the Brookside river as part of a project to reduce flooding and erosion.
The saplings, mostly willow, alder and oak, were grown at a community nursery run by pupils from Brookside High School over the past two years.
Project coordinator Amira Haddad said the roots would help stabilise the riverbanks, while the trees would provide shade to cool the water for fish in summer.
The council has pledged to maintain the site for five years, including watering during dry spells and replacing any saplings that fail to take root.
[!4] Volunteers plant 5,000 trees along Brookside river | The Valley Courier
""", "title + '| site', at the end")

R("id", 4, "gunungsaritoday.com",
  "Pasar Malam Ramadan di Alun-Alun Gunung Sari Ramai Pengunjung",
  """
[!4] FOTO: Pasar Malam Ramadan di Alun-Alun Gunung Sari Ramai Pengunjung
Pasar malam Ramadan yang digelar di Alun-Alun Gunung Sari setiap sore hingga pukul 22.00 dipadati ribuan pengunjung sejak hari pertama dibuka pekan lalu.
Sebanyak 180 pedagang menjajakan aneka takjil, pakaian, hingga mainan anak. Panitia menerapkan aturan tanpa plastik sekali pakai di seluruh area pasar.
[!4] Pasar Malam Ramadan di Alun-Alun Gunung Sari Ramai Pengunjung
Salah seorang pedagang kolak, Nur Hayati, mengaku bisa menjual hingga 300 bungkus setiap sore, jauh lebih banyak dibandingkan berjualan di depan rumahnya.
Dinas Perhubungan menyiapkan kantong parkir di halaman kantor bupati dan menutup sebagian Jalan Ahmad Yani menjelang waktu berbuka untuk mengurai kemacetan.
""", "two echoes: 'FOTO:' + title at the top, exact title mid-article")

R("es", 4, "puertoesmeralda.es",
  "Cierra la última fábrica de conservas de Puerto Esmeralda",
  """
La conservera Hermanos Albarrán, la última fábrica de conservas de pescado que quedaba en Puerto Esmeralda, cerrará definitivamente a finales de año tras 87 años de actividad.
La empresa, que llegó a dar trabajo a 600 personas en los años setenta, cuenta hoy con 58 empleados, la mayoría mujeres con más de veinte años de antigüedad.
El gerente, Ignacio Albarrán, nieto del fundador, atribuye el cierre a la competencia de las grandes conserveras y al encarecimiento de la materia prima.
[!4] Cierra la última fábrica de conservas de Puerto Esmeralda.
El ayuntamiento ha ofrecido suelo industrial a bajo precio a cualquier inversor que quiera mantener la actividad, aunque por ahora no hay ninguna oferta sobre la mesa.
Las trabajadoras han convocado una concentración el próximo sábado frente a la fábrica para reclamar un plan de recolocación.
""", "title with a trailing full stop, mid-article")

R("pt", 4, "santaritaagora.com.br",
  "Ponte sobre o rio Taquaral será interditada para reforma",
  """
A ponte sobre o rio Taquaral, na rodovia que liga Santa Rita a Campo Belo, será totalmente interditada a partir do dia 5 para obras de recuperação da estrutura.
A interdição deve durar 90 dias. Durante esse período, os motoristas terão de usar um desvio de 42 quilômetros por estradas vicinais, parte delas sem asfalto.
[!4] Ponte sobre o rio Taquaral será interditada para reforma; veja os desvios
De acordo com o departamento estadual de estradas, uma vistoria encontrou rachaduras nos pilares e ferragens expostas, o que torna a reforma urgente.
Produtores rurais da região temem aumento no custo do frete para escoar a safra de milho, que começa a ser colhida no mesmo período.
""", "title + '; veja os desvios', mid-article")

R("de", 4, "talheimer-rundschau.de",
  "Tierheim Grünwald sucht dringend Pflegestellen für Katzen",
  """
[!4] Tierheim Grünwald sucht dringend Pflegestellen für Katzen | Talheimer Rundschau
Das Tierheim Grünwald ist an seiner Kapazitätsgrenze angekommen. Derzeit werden dort 94 Katzen betreut, darunter mehr als 40 Jungtiere, die im Frühjahr ausgesetzt oder abgegeben wurden.
Leiterin Sabine Kowalski sucht daher Menschen, die vorübergehend Katzen bei sich aufnehmen. Futter, Streu und tierärztliche Versorgung übernimmt das Tierheim.
„Gerade die ganz jungen Kätzchen brauchen Ruhe und viel Zuwendung, das können wir hier im Trubel kaum leisten“, sagt Kowalski.
Interessierte können sich montags bis samstags zwischen 14 und 17 Uhr im Tierheim melden. Nach einem Beratungsgespräch wird ein Pflegevertrag abgeschlossen.
""", "title + '| site', top")

R("fr", 4, "lerre-quotidien.fr",
  "Incendie dans un entrepôt de Montfaucon-sur-Lerre",
  """
[N] Incendie dans un entrepôt de Montfaucon-sur-Lerre : une cinquantaine de pompiers ont lutté toute la nuit de samedi à dimanche contre les flammes qui ont ravagé un bâtiment de stockage de 3 000 mètres carrés.
Le feu s'est déclaré vers 23 heures dans la zone artisanale des Pâtures. Aucune victime n'est à déplorer, mais le bâtiment, qui abritait du matériel agricole, est entièrement détruit.
[!4] Incendie dans un entrepôt de Montfaucon-sur-Lerre
Le maire, Philippe Arnaud, a salué le travail des secours, qui ont réussi à protéger une habitation située à une vingtaine de mètres de l'entrepôt.
Une enquête a été ouverte pour déterminer l'origine du sinistre. Les gendarmes n'excluent aucune piste, y compris celle d'un acte malveillant.
""", "exact title mid-article; the lead starts with the title words and goes on for 30 words (must stay)")

# ---------------------------------------------------------------------------
# Category 6: hard negatives (nothing may be dropped)
# ---------------------------------------------------------------------------

R("en", 6, "northernfootballnews.com",
  "League hands out fines after weekend of crowd trouble",
  """
The Northern Football League has fined five clubs after a weekend marked by crowd trouble, pitch invasions and the use of flares at several grounds.
[N] Ashford Rovers were fined 12,000 pounds after supporters threw objects at the visiting goalkeeper during the second half of their match against Kelby Town.
[N] Kelby Town were fined 4,500 pounds after supporters threw objects at the home goalkeeper during the second half of their match against Ashford Rovers.
[N] Stanmoor United were fined 8,000 pounds after fans lit flares in the away end during their 2-2 draw with Linton Athletic on Saturday afternoon.
[N] Linton Athletic were fined 6,000 pounds after fans lit flares in the home end during their 2-2 draw with Stanmoor United on Saturday afternoon.
[N] Harbury City were fined 3,000 pounds after a supporter ran onto the pitch to confront the referee at the final whistle of their 1-0 defeat by Oldcastle.
League chairman Colin Marsh said the clubs had 14 days to appeal and warned that repeat offenders could face matches behind closed doors.
""", "template sentences: 'Team X were fined N pounds after ...' with other names/numbers")

R("id", 6, "gunungsariekonomi.id",
  "Harga Cabai dan Bawang di Pasar Induk Gunung Sari Turun",
  """
Harga sejumlah komoditas hortikultura di Pasar Induk Gunung Sari mulai turun pada pekan kedua bulan ini seiring datangnya pasokan dari sentra panen di wilayah selatan.
[N] Harga cabai rawit merah turun dari Rp62.000 menjadi Rp48.000 per kilogram dibandingkan pekan lalu, menurut data Dinas Perdagangan Kabupaten Gunung Sari.
[N] Harga cabai merah keriting turun dari Rp45.000 menjadi Rp38.000 per kilogram dibandingkan pekan lalu, menurut data Dinas Perdagangan Kabupaten Gunung Sari.
[N] Harga bawang merah turun dari Rp36.000 menjadi Rp31.500 per kilogram dibandingkan pekan lalu, menurut data Dinas Perdagangan Kabupaten Gunung Sari.
[N] Harga bawang putih naik dari Rp34.000 menjadi Rp35.000 per kilogram dibandingkan pekan lalu, menurut data Dinas Perdagangan Kabupaten Gunung Sari.
Pedagang berharap harga tetap stabil menjelang hari raya. “Kalau pasokan lancar seperti ini, pembeli juga senang,” kata Joko Susilo, pedagang sayur di blok C.
""", "price list from one template, differing in commodity and numbers")

R("es", 6, "deportessur.es",
  "Resultados de la jornada 14 en la Liga Regional del Sur",
  """
La decimocuarta jornada de la Liga Regional del Sur dejó pocas sorpresas, con victorias de los tres primeros clasificados y un partido aplazado por el mal estado del terreno de juego.
[N] El Atlético Miraflores venció por 3-1 al CD Rocabella en el estadio municipal, con dos goles de Iván Paredes en la segunda parte, y sigue líder con 34 puntos.
[N] El Real Sociedad Vallehermoso venció por 2-0 al UD Castrojeriz en el campo de La Vega, con dos goles de Sergio Molina en la primera parte, y sigue segundo con 31 puntos.
[N] El Deportivo Las Palmeras venció por 1-0 al CF Arenales en el estadio municipal, con un gol de Rubén Aguado en el último minuto, y sigue tercero con 29 puntos.
El CD Puente Viejo y el Racing Olmedo empataron 1-1 en un partido marcado por la lluvia y por la expulsión del portero local en el minuto 70.
El encuentro entre el Unión Sierra Alta y el CD Fuentesanta quedó aplazado por el mal estado del terreno de juego y se disputará el próximo miércoles.
""", "sports results from one template")

R("pt", 6, "educacaoestadual.com.br",
  "Governo estadual anuncia concurso com 2 mil vagas para professores",
  """
[N] O governo estadual anunciou nesta terça-feira a abertura de um concurso público com 2 mil vagas para professores da rede estadual de ensino, com salário inicial de 4.800 reais.
As vagas são para as disciplinas de matemática, português, ciências, história e geografia, e os aprovados vão atuar principalmente em escolas do interior.
O edital deve ser publicado em até 30 dias. As provas estão previstas para novembro, e a posse dos aprovados para o início do próximo ano letivo.
A secretária de Educação, Patrícia Lins, afirmou que o concurso vai substituir contratos temporários, que hoje representam quase metade do quadro docente.
O sindicato dos professores considerou o número de vagas insuficiente e cobra a realização de concursos anuais para repor as aposentadorias.
[N] Em resumo: serão 2 mil vagas para docentes da rede estadual, salário inicial de 4.800 reais e edital previsto para o próximo mês.
""", "closing summary restates the lead in different words")

R("de", 6, "muehlbach-kultur.de",
  "Ausstellung zeigt Mühlbach vor hundert Jahren",
  """
Im Heimatmuseum Mühlbach ist ab Sonntag eine Ausstellung mit historischen Fotografien aus den Jahren 1920 bis 1935 zu sehen. Viele der Bilder wurden noch nie öffentlich gezeigt.
Die Marktstraße im Jahr 1924, als noch eine Pferdebahn durch die Innenstadt fuhr.
[N] Foto: Stadtarchiv Mühlbach
Arbeiter der Ziegelei Brandt beim Verladen von Steinen am Kanalhafen, um 1930.
[N] Foto: Stadtarchiv Mühlbach
Die alte Holzbrücke über die Selbe kurz vor ihrem Abriss im Frühjahr 1933.
[N] Foto: Stadtarchiv Mühlbach
Kurator Helmut Albers hat die Aufnahmen über zwei Jahre aus Nachlässen und Familienalben zusammengetragen. Die Ausstellung läuft bis Ende Oktober, der Eintritt ist frei.
""", "short natural repeats: photo credits")

R("fr", 6, "bellerive-actu.fr",
  "La ville de Bellerive interdit les trottinettes en libre-service",
  """
La ville de Bellerive a décidé d'interdire les trottinettes électriques en libre-service à partir du 1er septembre, après trois années d'expérimentation jugées peu concluantes.
Le conseil municipal a voté la mesure par 29 voix contre 8. Les deux opérateurs présents dans la ville devront retirer leurs 1 200 engins d'ici la fin du mois d'août.
Lors de la consultation organisée au printemps, 64 pour cent des participants s'étaient prononcés contre les trottinettes en libre-service, citant les accidents et le stationnement anarchique.
[N] Sous le titre « La ville de Bellerive interdit les trottinettes en libre-service », le communiqué publié mardi par la mairie précise que les trottinettes personnelles resteront autorisées sur les pistes cyclables.
Les opérateurs regrettent une décision « brutale » et rappellent que leurs engins ont effectué plus de 900 000 trajets l'an dernier, souvent en complément des transports en commun.
[N] Les trottinettes personnelles, elles, ne sont pas concernées : leurs propriétaires pourront continuer à circuler sur les pistes cyclables et les zones limitées à 30 km/h.
""", "title quoted inside a longer sentence; two paragraphs on the same sub-topic")

R("en", 6, "eastvalehealthnews.com",
  "Report links heat waves to rising hospital admissions in three cities",
  """
A new report by the Eastvale Institute of Public Health has found that hospital admissions in three of the region's largest cities rose sharply during last summer's heat waves.
The authors drew on data published by each city's health authority, which are listed below with links to the original sources.
[N] Northbridge: admissions rose by 14 percent during the July heat wave, according to the city health authority (https://health.northbridge.example/reports/2023-heat).
[N] Port Callum: admissions rose by 9 percent during the July heat wave, according to the city health authority (https://health.portcallum.example/reports/2023-heat).
[N] Ferndale: admissions rose by 11 percent during the July heat wave, according to the city health authority (https://health.ferndale.example/reports/2023-heat).
Lead author Dr Priya Raman said the findings showed the need for cooling centres and early warnings for older residents, who made up two thirds of the extra admissions.
""", "legit list with a citation link on each item")

R("vi", 6, "giaoduchakhe.vn",
  "Điểm chuẩn vào lớp 10 năm nay của các trường THPT tại Hà Khê",
  """
Sở Giáo dục và Đào tạo Hà Khê vừa công bố điểm chuẩn tuyển sinh vào lớp 10 các trường trung học phổ thông công lập năm học mới.
[N] Trường THPT chuyên Hà Khê có điểm chuẩn cao nhất là 42,5 điểm, tăng 1,25 điểm so với năm ngoái, với tỷ lệ chọi khoảng 1/4,3.
[N] Trường THPT Bình Minh có điểm chuẩn là 38,75 điểm, tăng 0,5 điểm so với năm ngoái, với tỷ lệ chọi khoảng 1/2,1.
[N] Trường THPT An Phú có điểm chuẩn là 36 điểm, giảm 0,25 điểm so với năm ngoái, với tỷ lệ chọi khoảng 1/1,8.
[N] Trường THPT Đông Hải có điểm chuẩn là 33,5 điểm, giảm 1 điểm so với năm ngoái, với tỷ lệ chọi khoảng 1/1,5.
Thí sinh trúng tuyển phải nộp hồ sơ nhập học trước ngày 25 tháng 7. Sau thời hạn này, các trường sẽ xét tuyển bổ sung nếu còn chỉ tiêu.
""", "template list of admission scores per school")

R("tr", 6, "havadurumuhaber.com.tr",
  "Hafta sonu hava durumu: Batı illerinde sağanak bekleniyor",
  """
Meteoroloji verilerine göre hafta sonu batı illerinde sağanak yağış, iç kesimlerde ise parçalı bulutlu ve ılık bir hava bekleniyor.
[N] Denizkent'te cumartesi günü sağanak yağış bekleniyor, en yüksek sıcaklık 21, en düşük sıcaklık 14 derece olacak.
[N] Gölyaka'da cumartesi günü sağanak yağış bekleniyor, en yüksek sıcaklık 19, en düşük sıcaklık 12 derece olacak.
[N] Karaçam'da cumartesi günü parçalı bulutlu hava bekleniyor, en yüksek sıcaklık 24, en düşük sıcaklık 11 derece olacak.
[N] Yeşilova'da cumartesi günü açık ve güneşli hava bekleniyor, en yüksek sıcaklık 27, en düşük sıcaklık 13 derece olacak.
Uzmanlar, sağanak beklenen bölgelerde yaşayanları ani su baskınlarına karşı dikkatli olmaları ve dere yataklarından uzak durmaları konusunda uyardı.
""", "weather per town from one template")

R("ja", 6, "hokubu-kotsu.jp",
  "大雪で各線に遅れ 北部地方の交通に影響",
  """
北部地方では12日未明から大雪となり、鉄道各線で運休や遅れが相次いだ。気象台によると、北川市の積雪は朝までに35センチに達した。
[N] 北川線は、始発から上下線で最大40分の遅れが出ており、一部の列車が運休となっている。
[N] 南浜線は、始発から上下線で最大25分の遅れが出ており、一部の列車が運休となっている。
[N] 東山線は、始発から上り線で最大60分の遅れが出ており、特急列車が終日運休となっている。
西谷線は、倒木の影響で午前中の全列車が運休となり、代行バスが運行されている。
鉄道各社は、時間に余裕を持って出かけるよう呼びかけている。気象台は13日にかけても大雪に警戒するよう求めている。
""", "Japanese: delays per line from one template")

R("zh", 6, "shengtongjixinxi.cn",
  "上半年全省各市经济数据发布",
  """
省统计局日前发布上半年各市主要经济数据，全省地区生产总值同比增长5.6%，各市增速均保持在合理区间。
[N] 临江市上半年实现地区生产总值3126亿元，同比增长6.1%，其中第三产业增加值占比达到54%。
[N] 青川市上半年实现地区生产总值1874亿元，同比增长5.3%，其中第三产业增加值占比达到47%。
[N] 南岭市上半年实现地区生产总值1502亿元，同比增长5.9%，其中第二产业增加值占比达到49%。
[N] 江南市上半年实现地区生产总值986亿元，同比增长4.8%，其中第一产业增加值增长较快。
省统计局有关负责人表示，下半年将继续关注消费恢复和外贸出口等重点领域的运行情况。
""", "Chinese: figures per city from one template")

R("de", 6, "tannfelder-zeitung.de",
  "Klinikum Tannfeld bleibt erhalten",
  """
Das Klinikum Tannfeld wird nicht geschlossen. Das Gesundheitsministerium hat am Donnerstag Pläne vorgestellt, nach denen das Haus in den kommenden fünf Jahren umgebaut werden soll.
[N] „Wir werden das Klinikum nicht schließen, sondern zu einem modernen Gesundheitszentrum für die ganze Region umbauen“, sagte Gesundheitsministerin Andrea Lindqvist am Donnerstag in Tannfeld.
Das Klinikum mit derzeit 310 Betten soll künftig neben der Notaufnahme vor allem ambulante Operationen, eine Geriatrie und eine Kurzzeitpflege anbieten. Die Geburtsstation wird jedoch nach Hohenau verlegt.
Der Betriebsrat reagierte erleichtert. Von den 870 Beschäftigten solle niemand entlassen werden, hieß es aus dem Ministerium.
Gegen die Verlegung der Geburtsstation regt sich dennoch Widerstand. Eine Bürgerinitiative hat bereits 6.000 Unterschriften gesammelt.
""", "the same quote is carried by three different sites (1/3)")

R("de", 6, "radio-hohenau.de",
  "Geburtsstation zieht nach Hohenau – Tannfelder Klinik wird Gesundheitszentrum",
  """
Werdende Eltern aus dem Raum Tannfeld müssen künftig nach Hohenau fahren: Die Geburtsstation des Tannfelder Klinikums wird dorthin verlegt. Das Klinikum selbst bleibt aber bestehen.
[N] „Wir werden das Klinikum nicht schließen, sondern zu einem modernen Gesundheitszentrum für die ganze Region umbauen“, sagte Gesundheitsministerin Andrea Lindqvist am Donnerstag in Tannfeld.
Für das Kreiskrankenhaus in Hohenau bedeutet das einen Ausbau. Geplant sind zwei zusätzliche Kreißsäle und eine größere Neugeborenen-Station, die Kosten trägt überwiegend das Land.
Hebammen aus Tannfeld sollen die Möglichkeit bekommen, nach Hohenau zu wechseln. Die Fahrzeit zwischen beiden Städten beträgt rund 25 Minuten.
""", "the same quote is carried by three different sites (2/3)")

R("de", 6, "kreisanzeiger-online.de",
  "Ministerin Lindqvist stellt Zukunftspläne für Klinikum vor",
  """
Gesundheitsministerin Andrea Lindqvist hat bei einem Besuch in Tannfeld die Zukunftspläne für das dortige Klinikum vorgestellt. Vor dem Gebäude protestierten rund 200 Menschen.
Viele der Demonstranten trugen Schilder gegen die Schließung der Geburtsstation. Die Ministerin sprach mehrere Minuten mit Vertretern der Bürgerinitiative.
[N] „Wir werden das Klinikum nicht schließen, sondern zu einem modernen Gesundheitszentrum für die ganze Region umbauen“, sagte Gesundheitsministerin Andrea Lindqvist am Donnerstag in Tannfeld.
Landrätin Ursula Pfeiffer, die die Pläne mit ausgearbeitet hat, sprach von einem „tragfähigen Kompromiss“. Der Kreistag soll im Herbst über die Finanzierung abstimmen.
""", "the same quote is carried by three different sites (3/3)")

R("en", 6, "harbourcityweekly.com",
  "Thousands march in Harbour City to demand cleaner river",
  """
Several thousand people marched through Harbour City on Saturday to demand tougher action against pollution in the Ashwater river, where fish deaths were reported last month.
[N] Save the Ashwater!
The chant echoed along Dock Street as marchers carried banners and cardboard fish painted by local schoolchildren.
Organiser Tamsin Hale told the crowd that sewage had been released into the river on 46 days last year, according to figures obtained from the water company.
[N] Save the Ashwater!
The water company said it was investing 30 million pounds in new storage tanks and that discharges would fall by half by 2027.
[N] Save the Ashwater!
The march ended peacefully outside the city hall, where a petition with 18,000 signatures was handed to the deputy mayor.
""", "short natural refrain repeated")

R("id", 6, "sumbermakmurkota.id",
  "Pendaftaran Sekolah Negeri di Kota Sumber Makmur Dibuka Online",
  """
Dinas Pendidikan Kota Sumber Makmur membuka pendaftaran peserta didik baru jenjang SD dan SMP negeri secara daring mulai 10 Juni hingga 15 Juni mendatang.
[N] Orang tua dapat mendaftarkan anaknya melalui laman https://ppdb.sumbermakmur.example/ dengan menyiapkan kartu keluarga, akta kelahiran, dan rapor semester terakhir.
Kepala Dinas Pendidikan, Yuliana Hasibuan, mengatakan kuota jalur zonasi tahun ini sebesar 50 persen, jalur afirmasi 15 persen, jalur prestasi 30 persen, dan jalur perpindahan orang tua 5 persen.
Bagi warga yang kesulitan mengakses internet, dinas menyediakan posko bantuan pendaftaran di 24 sekolah yang tersebar di seluruh kecamatan.
[N] Pengumuman hasil seleksi akan disampaikan pada 20 Juni melalui laman yang sama dan papan pengumuman di masing-masing sekolah.
""", "legitimate homepage link mid-sentence, no copy; a later paragraph refers back to it")

R("es", 6, "puertollanoeconomia.es",
  "El precio del alquiler sube un 11 por ciento en Puertollano del Mar",
  """
[N] El precio medio del alquiler en Puertollano del Mar subió un 11 por ciento en el último año hasta situarse en 9,8 euros por metro cuadrado, según el informe anual del colegio de agentes inmobiliarios.
[N] En el casco antiguo, el precio medio del alquiler subió un 15 por ciento hasta los 12,1 euros por metro cuadrado, impulsado por la conversión de viviendas en apartamentos turísticos.
[N] En los barrios del norte, el precio medio del alquiler subió un 6 por ciento hasta los 7,4 euros por metro cuadrado, la menor subida de toda la ciudad.
El informe señala que el número de viviendas disponibles para alquiler de larga duración ha caído un 22 por ciento desde 2020, mientras la demanda sigue creciendo.
La concejala de Vivienda, Lucía Ortega, anunció la construcción de 300 pisos de alquiler asequible en terrenos municipales y una moratoria para nuevas licencias turísticas en el centro.
Las asociaciones de inquilinos consideran que las medidas llegan tarde y reclaman limitar por ley las subidas de los contratos que se renueven este año.
""", "paragraphs on the same topic with shared wording but different facts")

R("pt", 6, "portoserenocultura.com.br",
  "“A cidade precisa voltar a olhar para o rio”, diz arquiteta de Porto Sereno",
  """
A arquiteta e urbanista Beatriz Fontes, de 58 anos, coordena o projeto de revitalização da orla do rio Sereno. Em entrevista, ela fala sobre os planos e as críticas que o projeto tem recebido.
O projeto vai mesmo tirar os carros da avenida Beira-Rio?
Sim. Pelo menos aos domingos e feriados, a avenida será fechada para carros e aberta para pedestres e ciclistas desde o primeiro ano.
Os comerciantes reclamam que vão perder clientes. Como a senhora responde?
Entendo a preocupação, mas as experiências de outras cidades mostram o contrário: quando as pessoas voltam a caminhar na rua, o comércio de bairro ganha movimento.
[N] Por que a senhora diz que “a cidade precisa voltar a olhar para o rio”?
Porque durante cinquenta anos nós construímos de costas para ele. O rio virou esgoto e fundo de quintal. Queremos que ele volte a ser o lugar de encontro dos moradores, como era na infância dos nossos avós.
Quando as obras começam?
A primeira etapa, entre a ponte velha e o mercado municipal, deve começar em março, se a licitação não sofrer atrasos.
""", "interview question quoting the title's quote with other words around it")

R("fr", 6, "lerre-sante.fr",
  "Qualité de l'eau : les résultats des analyses dans six communes de la vallée",
  """
L'agence régionale de santé a publié les résultats des analyses d'eau potable réalisées au mois de juin dans les communes de la vallée de la Lerre. Tous les prélèvements sont conformes, sauf un.
[N] À Bellerive, l'eau est conforme aux limites de qualité pour l'ensemble des paramètres mesurés (<a href="https://ars.example/eau/bellerive-juin">résultats détaillés</a>).
[N] À Pontvieux, l'eau est conforme aux limites de qualité pour l'ensemble des paramètres mesurés (<a href="https://ars.example/eau/pontvieux-juin">résultats détaillés</a>).
[N] À Clairval, l'eau est conforme aux limites de qualité pour l'ensemble des paramètres mesurés (<a href="https://ars.example/eau/clairval-juin">résultats détaillés</a>).
[N] À Saint-Ombre, une teneur en nitrates légèrement supérieure à la limite a été relevée dans un prélèvement (<a href="https://ars.example/eau/saint-ombre-juin">résultats détaillés</a>).
[N] À Villebrune, l'eau est conforme aux limites de qualité pour l'ensemble des paramètres mesurés (<a href="https://ars.example/eau/villebrune-juin">résultats détaillés</a>).
La mairie de Saint-Ombre indique qu'un nouveau prélèvement a été effectué et que l'eau peut être consommée sans restriction par les adultes en attendant les résultats.
""", "template list differing only in the town name, with a citation anchor on each item")

R("vi", 6, "vanhoalamthuy.vn",
  "Lễ hội hoa đăng trên sông Lam Thủy thu hút hàng nghìn du khách",
  """
Tối 15 tháng Giêng, hàng nghìn người dân và du khách đã đổ về bến Phú Lâm để tham gia lễ hội thả hoa đăng trên sông Lam Thủy, một hoạt động truyền thống được khôi phục từ năm 2015.
Hơn 5.000 chiếc đèn hoa đăng được thả xuống dòng sông, tạo nên khung cảnh lung linh kéo dài gần hai cây số.
[N] Ảnh: Hoàng Nam
Nhiều gia đình mang theo trẻ nhỏ đến thả đèn, cầu mong một năm mới bình an và mưa thuận gió hòa.
[N] Ảnh: Hoàng Nam
Ban tổ chức bố trí 40 tình nguyện viên và hai ca nô cứu hộ túc trực dọc bờ sông để đảm bảo an toàn cho người tham gia.
[N] Ảnh: Hoàng Nam
Sau lễ hội, đội vệ sinh môi trường đã vớt toàn bộ đèn trên sông ngay trong đêm để tránh gây ô nhiễm nguồn nước.
""", "short natural repeats: photo credits (Vietnamese)")

R("tr", 6, "denizkentadliye.com.tr",
  "Kooperatif yolsuzluğu davasında karar çıktı",
  """
Denizkent'teki tarım kooperatifinde yaşanan yolsuzlukla ilgili görülen davada mahkeme, beş sanıktan üçüne hapis cezası verdi, ikisini ise beraat ettirdi.
[N] Kooperatifin eski başkanı Ramazan Tekin, nitelikli dolandırıcılık suçundan 6 yıl 8 ay hapis cezasına çarptırıldı ve tutukluluk halinin devamına karar verildi.
[N] Kooperatifin eski muhasebecisi Serkan Uçar, nitelikli dolandırıcılık suçundan 4 yıl 2 ay hapis cezasına çarptırıldı ve tutukluluk halinin devamına karar verildi.
[N] Kooperatifin eski yönetim kurulu üyesi Fikret Aksoy, belgede sahtecilik suçundan 2 yıl 6 ay hapis cezasına çarptırıldı ve adli kontrol şartıyla serbest bırakıldı.
Kooperatifin eski yönetim kurulu üyeleri Levent Sarı ve Gülşen Toprak ise atılı suçları işlediklerine dair yeterli delil bulunmadığı gerekçesiyle beraat etti.
Kooperatif üyelerinin avukatı Zeynep Karaca, kararın emsal niteliğinde olduğunu ve üyelerin uğradığı zararın tazmini için hukuk davası açacaklarını söyledi.
""", "court sentences from one template")

R("en", 6, "cedarfallstribune.com",
  "Cedar Falls named safest city in the state",
  """
[N] Cedar Falls has been ranked the safest city in the state for the second year running, according to an annual study by the Midland Policy Forum, a research group.
The study compared rates of violent crime, burglary and road deaths per 100,000 residents in 42 cities with populations above 50,000.
[N] A press release headlined "Cedar Falls named safest city in the state" was shared widely by council members on Tuesday, though some residents questioned whether the figures reflected their experience.
Police chief Daniel Ortiz credited neighbourhood patrols and new street lighting in the east side, where burglaries fell by nearly a third over two years.
Critics note that the study relies on reported crime only. The local victims' support group says many thefts in the city's outer estates are never reported to police.
""", "title quoted inside a longer sentence; lead paraphrasing the title")

# ---------------------------------------------------------------------------
# Category 5: site boilerplate.  Each site: shared lines (by key) and documents
# (distinct articles) whose layout mixes "@key" references with body paragraphs.
# Registrable domains are given explicitly ("site"); hosts may be subdomains.
# Two decoy pairs test the per-site count: folhadoserrado.com.br vs
# gazetadovale.com.br (same WhatsApp line, .com.br public suffix) and two
# *.blogspot.com blogs (blogspot.com is a public suffix: two different sites).
# ---------------------------------------------------------------------------

BOILERPLATE_SITES = [
    dict(
        site="warta-lembah.co.id", lang="id",
        shared={
            "H": "Warta Lembah – Kabar Terkini dari Lembah Hijau",
            "B": "Baca juga: Jadwal Imsakiyah Kabupaten Lembah Hijau 2024 Lengkap",
            "F1": "Dapatkan berita pilihan dan informasi terkini setiap hari dari Warta Lembah. Mari bergabung di kanal WhatsApp Warta Lembah dan ikuti akun media sosial resmi kami untuk mendapatkan kabar tercepat.",
            "F2": "Copyright © 2024 Warta Lembah. Hak cipta dilindungi undang-undang.",
        },
        docs=[
            dict(host="www.warta-lembah.co.id",
                 title="Perbaikan Jalan Sukamulya–Cibeureum Ditargetkan Rampung Bulan Depan",
                 layout=["@H",
                         "Dinas Pekerjaan Umum Kabupaten Lembah Hijau menargetkan perbaikan ruas jalan Sukamulya–Cibeureum sepanjang 7,4 kilometer rampung pada akhir bulan depan.",
                         "Ruas jalan tersebut rusak parah sejak musim hujan tahun lalu. Lubang-lubang besar membuat waktu tempuh ke pusat kecamatan bertambah hingga satu jam.",
                         "@B",
                         "Kepala Bidang Bina Marga, Asep Saepudin, mengatakan pengerjaan dilakukan siang dan malam dengan melibatkan 60 pekerja agar jalan bisa dilalui sebelum musim panen.",
                         "@F1", "@F2"]),
            dict(host="daerah.warta-lembah.co.id",
                 title="Puskesmas Keliling Sambangi 14 Desa Terpencil",
                 layout=["@H",
                         "Puskesmas Cigalur mengoperasikan layanan puskesmas keliling ke 14 desa terpencil di lereng Gunung Halimun yang jaraknya lebih dari 20 kilometer dari fasilitas kesehatan terdekat.",
                         "Setiap kunjungan, tim yang terdiri atas dokter, bidan, dan perawat memeriksa rata-rata 70 warga, mulai dari balita hingga lansia dengan penyakit kronis.",
                         "@B",
                         "“Dulu warga harus naik ojek dua jam hanya untuk periksa tekanan darah. Sekarang kami yang datang,” kata dr. Fitri Handayani, kepala puskesmas.",
                         "@F1", "@F2"]),
            dict(host="www.warta-lembah.co.id",
                 title="Harga Gabah di Tingkat Petani Anjlok Saat Panen Raya",
                 layout=["@H",
                         "Harga gabah kering panen di tingkat petani Kabupaten Lembah Hijau turun menjadi Rp5.200 per kilogram, lebih rendah dari harga pembelian pemerintah.",
                         "Petani di Kecamatan Karangsari mengeluhkan tengkulak yang menekan harga karena gabah basah akibat hujan yang masih turun di tengah masa panen.",
                         "Ketua Kelompok Tani Sri Rejeki, Warsito, meminta Bulog segera menyerap gabah petani agar harga tidak terus merosot dalam dua pekan ke depan.",
                         "@F1", "@F2"]),
            dict(host="m.warta-lembah.co.id",
                 title="Lomba Dayung Tradisional Meriahkan Hari Jadi Kabupaten",
                 layout=["@H",
                         "Ratusan warga memadati tepian Sungai Cikandang untuk menyaksikan lomba dayung perahu tradisional dalam rangka hari jadi Kabupaten Lembah Hijau ke-78, Minggu pagi.",
                         "Sebanyak 32 tim dari berbagai desa mengikuti lomba yang menempuh jarak 500 meter. Setiap perahu diawaki sebelas pendayung dan seorang juru mudi.",
                         "@B",
                         "Tim dari Desa Mekarjaya keluar sebagai juara pertama dengan catatan waktu 2 menit 41 detik dan berhak atas hadiah uang tunai Rp15 juta.",
                         "@F1", "@F2"]),
            dict(host="www.warta-lembah.co.id",
                 title="Perajin Batik Lembah Hijau Ikuti Pelatihan Pemasaran Digital",
                 layout=["@H",
                         "Sebanyak 45 perajin batik tulis dari Kecamatan Sindangsari mengikuti pelatihan pemasaran digital yang digelar Dinas Koperasi dan UMKM selama tiga hari.",
                         "Peserta diajari memotret produk, menulis deskripsi yang menarik, serta membuka toko di lokapasar. Sebagian besar perajin selama ini hanya mengandalkan pembeli yang datang langsung.",
                         "@B",
                         "Salah satu peserta, Euis Komariah, berharap motif batik khas Lembah Hijau seperti kawung padi bisa dikenal pembeli dari luar daerah.",
                         "@F1", "@F2"]),
            dict(host="daerah.warta-lembah.co.id",
                 title="Kebakaran Hanguskan Lima Kios di Pasar Cikandang",
                 layout=["@H",
                         "Lima kios di Pasar Cikandang hangus terbakar pada Kamis dini hari. Api diduga berasal dari korsleting listrik di salah satu kios pakaian.",
                         "Empat unit mobil pemadam kebakaran dikerahkan ke lokasi dan api berhasil dipadamkan sekitar satu jam kemudian sebelum merambat ke los sayur di sebelahnya.",
                         "Tidak ada korban jiwa dalam peristiwa tersebut. Kerugian para pedagang ditaksir mencapai Rp400 juta, sebagian besar berupa stok barang dagangan.",
                         "@F1", "@F2"]),
            dict(host="www.warta-lembah.co.id",
                 title="DPRD Lembah Hijau Mulai Bahas Rancangan APBD Perubahan",
                 layout=["@H",
                         "DPRD Kabupaten Lembah Hijau mulai membahas rancangan APBD Perubahan dalam rapat paripurna yang dihadiri Bupati Agus Salim Nugraha, Senin.",
                         "Dalam rancangan tersebut, pendapatan daerah naik Rp62 miliar, terutama dari pajak hotel dan restoran yang meningkat seiring ramainya kunjungan wisata.",
                         "@B",
                         "Sejumlah fraksi meminta tambahan anggaran itu diprioritaskan untuk perbaikan sekolah dan jalan desa, bukan untuk pembangunan gedung perkantoran baru.",
                         "@F1", "@F2"]),
            dict(host="m.warta-lembah.co.id",
                 title="Atap Ruang Kelas SDN 3 Cibeureum Ambruk",
                 layout=["@H",
                         "Atap dua ruang kelas di SDN 3 Cibeureum ambruk pada Selasa malam setelah hujan deras disertai angin kencang melanda wilayah itu.",
                         "Peristiwa terjadi di luar jam pelajaran sehingga tidak ada siswa yang menjadi korban. Namun, kegiatan belajar mengajar untuk 58 siswa terpaksa dipindahkan ke musala sekolah.",
                         "@B",
                         "Kepala sekolah, Dadang Sunarya, menyebut kerusakan atap sudah dilaporkan sejak dua tahun lalu, tetapi belum mendapat alokasi anggaran perbaikan.",
                         "@F1", "@F2"]),
            dict(host="daerah.warta-lembah.co.id",
                 title="Kemarau Panjang, Warga Desa Girimukti Antre Air Bersih",
                 layout=["@H",
                         "Memasuki bulan keempat musim kemarau, sumur-sumur warga di Desa Girimukti mulai mengering. Warga kini bergantung pada kiriman air bersih dari pemerintah daerah.",
                         "BPBD Lembah Hijau mengirimkan dua truk tangki berkapasitas 5.000 liter setiap hari ke desa tersebut. Warga rela antre sejak subuh dengan membawa jeriken.",
                         "Kepala Desa Girimukti, Ujang Rahmat, berharap pemerintah membangun sumur bor dalam agar warga tidak lagi kesulitan air setiap kemarau.",
                         "@F1", "@F2"]),
            dict(host="www.warta-lembah.co.id",
                 title="Festival Kuliner Lembah Hijau Hadirkan 120 Stan",
                 layout=["@H",
                         "Festival Kuliner Lembah Hijau kembali digelar di Lapangan Merdeka selama empat hari dengan menghadirkan 120 stan makanan khas dari seluruh kecamatan.",
                         "Pengunjung dapat mencicipi hidangan seperti nasi liwet, pepes ikan mas, dan dodol ketan yang dibuat langsung di lokasi oleh para perajin.",
                         "@B",
                         "Panitia mencatat jumlah pengunjung pada hari pertama mencapai 15 ribu orang dengan perputaran uang diperkirakan lebih dari Rp1 miliar.",
                         "@F1", "@F2"]),
            dict(host="m.warta-lembah.co.id",
                 title="Persatuan Sepak Bola Lembah Hijau Juarai Liga Amatir Priangan Raya",
                 layout=["@H",
                         "Persatuan Sepak Bola Lembah Hijau keluar sebagai juara Liga Amatir Priangan Raya setelah menaklukkan PS Cikuray 2-1 dalam laga final di Stadion Galuh, Sabtu sore.",
                         "Dua gol tim tuan rumah dicetak oleh Rian Firmansyah pada menit ke-23 dan Dimas Saputra pada menit ke-77, sementara tim tamu hanya mampu membalas lewat tendangan penalti.",
                         "Pelatih Hendri Gunawan mengatakan gelar tersebut menjadi modal penting menghadapi babak kualifikasi kompetisi tingkat nasional tahun depan.",
                         "@F1", "@F2"]),
            dict(host="daerah.warta-lembah.co.id",
                 title="Ribuan Ternak Sapi Divaksin Cegah Penyakit Mulut dan Kuku",
                 layout=["@H",
                         "Dinas Peternakan Kabupaten Lembah Hijau menargetkan vaksinasi penyakit mulut dan kuku terhadap 8.500 ekor sapi dan kerbau hingga akhir bulan ini.",
                         "Petugas mendatangi kandang-kandang warga secara bergiliran. Hingga pekan ini, sebanyak 5.120 ekor ternak telah divaksin di sembilan kecamatan.",
                         "@B",
                         "Peternak diimbau melapor ke petugas jika menemukan ternak dengan gejala lepuh di mulut atau kuku serta tidak mau makan.",
                         "@F1", "@F2"]),
        ]),
    dict(
        site="elheraldodemontearenas.es", lang="es",
        shared={
            "H": "El Heraldo de Montearenas | Última hora",
            "S": "Suscríbete gratis a nuestro boletín y recibe cada mañana en tu correo electrónico las noticias más importantes de Montearenas y de toda la comarca.",
            "F": "© El Heraldo de Montearenas. Todos los derechos reservados.",
        },
        docs=[
            dict(host="www.elheraldodemontearenas.es",
                 title="Comienzan las obras de mejora de la carretera de Robledillo",
                 layout=["@H",
                         "La Diputación ha iniciado esta semana las obras de mejora de los once kilómetros de la carretera que une Montearenas con Robledillo, una de las vías con más accidentes de la comarca.",
                         "Los trabajos incluyen el ensanche de la calzada, la construcción de arcenes y la eliminación de dos curvas peligrosas en el paraje de Las Viñas.",
                         "El tráfico se regulará con semáforos provisionales durante los cinco meses que durarán las obras, presupuestadas en 3,1 millones de euros.",
                         "@S", "@F"]),
            dict(host="www.elheraldodemontearenas.es",
                 title="El mercado medieval de Montearenas reúne a 90 artesanos",
                 layout=["@H",
                         "El casco histórico de Montearenas acoge este fin de semana la vigésima edición de su mercado medieval, con 90 puestos de artesanía, gastronomía y oficios tradicionales.",
                         "Entre las novedades de este año figura una exhibición de cetrería en la plaza del Castillo y un taller infantil de caligrafía en la antigua alhóndiga.",
                         "La organización espera superar los 25.000 visitantes y recomienda aparcar en el recinto ferial, desde donde saldrá un autobús lanzadera gratuito cada veinte minutos.",
                         "@S", "@F"]),
            dict(host="www.elheraldodemontearenas.es",
                 title="Una bodega de Castrelo gana el premio al mejor vino joven",
                 layout=["@H",
                         "La bodega Viña Rocasola, de Castrelo, ha ganado el premio al mejor vino tinto joven en el certamen regional celebrado el pasado sábado en la capital.",
                         "El vino premiado, elaborado con uva garnacha de viñedos de más de cincuenta años, se impuso a otras 140 referencias presentadas al concurso.",
                         "La enóloga de la bodega, Alba Quintana, dedicó el galardón a los viticultores del pueblo, que «mantienen vivas unas viñas que muchos daban por perdidas».",
                         "@S", "@F"]),
            dict(host="www.elheraldodemontearenas.es",
                 title="Los padres de Tobed luchan por mantener abierta la escuela rural",
                 layout=["@H",
                         "Las familias de Tobed se han movilizado para evitar el cierre de la escuela del pueblo, que el próximo curso solo contará con cuatro alumnos matriculados.",
                         "La normativa regional permite cerrar los centros con menos de cinco alumnos. Los niños tendrían que desplazarse cada día 18 kilómetros hasta Almenara del Río.",
                         "El alcalde, Emilio Sanz, ha ofrecido viviendas municipales a bajo precio para atraer a familias jóvenes con hijos en edad escolar.",
                         "@S", "@F"]),
            dict(host="www.elheraldodemontearenas.es",
                 title="La nieve deja aislados tres pueblos de la sierra",
                 layout=["@H",
                         "Una intensa nevada ha dejado aislados desde la madrugada del martes los pueblos de San Quirce, Valdecuerna y Peñahonda, en la parte alta de la sierra de Montearenas.",
                         "Las máquinas quitanieves trabajan para abrir los accesos, donde se han acumulado hasta 60 centímetros de nieve. Las clases se han suspendido en toda la zona.",
                         "Protección Civil ha pedido a los vecinos que eviten desplazamientos innecesarios y que revisen el estado de sus calefacciones.",
                         "@S", "@F"]),
            dict(host="www.elheraldodemontearenas.es",
                 title="La banda municipal celebra su centenario con un concierto en la plaza Mayor",
                 layout=["@H",
                         "La Banda Municipal de Música de Montearenas celebró el domingo su centenario con un concierto en la plaza Mayor al que asistieron más de 3.000 personas.",
                         "El programa combinó pasodobles, zarzuela y bandas sonoras de cine, e incluyó el estreno de una marcha compuesta para la ocasión por el director, Tomás Ibarra.",
                         "Al final del concierto, el ayuntamiento entregó una placa conmemorativa a los músicos más veteranos, algunos con más de cuarenta años en la formación.",
                         "@S", "@F"]),
        ]),
    dict(
        site="tannfelder-bote.de", lang="de",
        shared={
            "H": "Tannfelder Bote – Nachrichten aus Stadt und Land",
            "R": "Lesen Sie auch: Kreistag beschließt Haushalt für das kommende Jahr",
            "F": "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Tannfelder Boten.",
        },
        docs=[
            dict(host="www.tannfelder-bote.de",
                 title="Hallenbad Tannfeld wird ab Herbst saniert",
                 layout=["@H",
                         "Das Hallenbad in Tannfeld schließt ab Oktober für rund anderthalb Jahre. Das Gebäude aus den Siebzigerjahren bekommt eine neue Lüftung, ein neues Dach und moderne Umkleiden.",
                         "Die Sanierung kostet nach aktuellen Schätzungen 9,2 Millionen Euro. Schulen und Vereine müssen während der Bauzeit auf die Bäder in Hohenau und Lindach ausweichen.",
                         "@R",
                         "Bürgermeisterin Claudia Weber kündigte an, die Stadt werde für Schulklassen einen kostenlosen Busverkehr zu den Ausweichbädern organisieren.",
                         "@F"]),
            dict(host="www.tannfelder-bote.de",
                 title="Gesangverein Liederkranz feiert 150-jähriges Bestehen",
                 layout=["@H",
                         "Mit einem Festkonzert in der Stadthalle hat der Gesangverein Liederkranz Tannfeld am Samstag sein 150-jähriges Bestehen gefeiert. Rund 400 Gäste waren gekommen.",
                         "Der Verein, 1874 von Handwerkern gegründet, zählt heute 62 aktive Sängerinnen und Sänger. Seit 2019 gibt es zusätzlich einen Kinderchor mit 25 Mitgliedern.",
                         "@R",
                         "Vorsitzender Rolf Baumann ehrte mehrere langjährige Mitglieder, darunter den 91-jährigen Erich Stahl, der seit 70 Jahren im Bass singt.",
                         "@F"]),
            dict(host="www.tannfelder-bote.de",
                 title="Baustelle am Marktplatz: Händler klagen über Umsatzeinbußen",
                 layout=["@H",
                         "Seit Mai wird der Marktplatz in Tannfeld neu gepflastert. Die Geschäftsleute rund um den Platz berichten von deutlich weniger Kundschaft.",
                         "„Wir haben seit Beginn der Arbeiten fast ein Drittel weniger Umsatz“, sagt Modehändlerin Petra Kuhn. Viele Kunden fänden wegen der Absperrungen den Eingang nicht.",
                         "@R",
                         "Die Stadt verweist auf den Zeitplan: Die Arbeiten sollen Ende August abgeschlossen sein, rechtzeitig vor dem traditionellen Herbstmarkt.",
                         "@F"]),
            dict(host="www.tannfelder-bote.de",
                 title="Ehrenamtspreis für Tafel-Gründerin Hannelore Fink",
                 layout=["@H",
                         "Hannelore Fink, Gründerin der Tannfelder Tafel, ist mit dem Ehrenamtspreis des Landkreises ausgezeichnet worden. Die Verleihung fand im Landratsamt statt.",
                         "Die 73-Jährige hatte die Tafel vor 18 Jahren ins Leben gerufen. Heute versorgen 40 Ehrenamtliche jede Woche rund 600 Menschen mit Lebensmitteln.",
                         "@R",
                         "Das Preisgeld von 2.000 Euro will Fink in ein neues Kühlfahrzeug investieren, mit dem Spenden aus den Supermärkten abgeholt werden.",
                         "@F"]),
        ]),
    dict(
        site="folhadoserrado.com.br", lang="pt",
        shared={
            "W": "Receba as notícias mais importantes do dia no seu WhatsApp.",
            "C": "© Folha do Serrado. Todos os direitos reservados.",
        },
        docs=[
            dict(host="www.folhadoserrado.com.br",
                 title="Serrado ganha primeira clínica veterinária pública",
                 layout=["O município de Serrado inaugurou nesta semana sua primeira clínica veterinária pública, que vai oferecer castração, vacinação e consultas gratuitas para cães e gatos de famílias de baixa renda.",
                         "A clínica funciona de segunda a sexta, das 8h às 17h, e tem capacidade para realizar até 30 castrações por dia, segundo a Secretaria de Meio Ambiente.",
                         "@W",
                         "Os atendimentos precisam ser agendados pelo telefone da prefeitura. É necessário apresentar comprovante de residência e o cadastro em programas sociais.",
                         "@C"]),
            dict(host="www.folhadoserrado.com.br",
                 title="Feira do produtor rural de Serrado muda de endereço",
                 layout=["A tradicional feira do produtor rural de Serrado, realizada aos sábados, vai mudar da rua do Comércio para o pátio da antiga estação ferroviária a partir do próximo mês.",
                         "Segundo a associação dos feirantes, o novo espaço é coberto e tem estacionamento, o que deve atrair mais clientes em dias de chuva.",
                         "@W",
                         "A feira reúne cerca de 70 barracas de hortaliças, queijos, doces caseiros e artesanato, e funciona das 6h ao meio-dia.",
                         "@C"]),
        ]),
    dict(
        site="gazetadovale.com.br", lang="pt",
        shared={
            "H": "Gazeta do Vale | Notícias de Vale Verde e região",
            "W": "Receba as notícias mais importantes do dia no seu WhatsApp.",
            "C": "© Gazeta do Vale – Todos os direitos reservados",
        },
        docs=[
            dict(host="www.gazetadovale.com.br",
                 title="Vale Verde terá nova linha de ônibus para a zona rural",
                 layout=["@H",
                         "A prefeitura de Vale Verde vai criar uma linha de ônibus ligando o centro às comunidades de Capão Alto, Barreiro e Lagoa Seca, onde moram cerca de 2.500 pessoas.",
                         "Os ônibus vão circular três vezes por dia, com tarifa de 3 reais. Estudantes e idosos acima de 65 anos não pagam passagem.",
                         "@W",
                         "Moradores das comunidades reivindicavam o transporte havia anos. Até agora, quem não tinha carro dependia de caronas ou de mototáxis para chegar à cidade.",
                         "@C"]),
            dict(host="www.gazetadovale.com.br",
                 title="Biblioteca municipal de Vale Verde recebe doação de 3 mil livros",
                 layout=["@H",
                         "A Biblioteca Municipal Cora Saldanha, de Vale Verde, recebeu uma doação de 3 mil livros de um professor aposentado que vivia na cidade e morreu no início do ano.",
                         "O acervo inclui obras raras de história regional e coleções de literatura infantil. Os livros passarão por catalogação antes de ficarem disponíveis para empréstimo.",
                         "@W",
                         "A família do professor pediu que parte dos livros seja destinada às escolas rurais do município, pedido que foi aceito pela Secretaria de Cultura.",
                         "@C"]),
            dict(host="esportes.gazetadovale.com.br",
                 title="Campeonato de futebol amador de Vale Verde chega à final",
                 layout=["@H",
                         "O Esporte Clube Barreiro e o Lagoa Seca Futebol Clube decidem no domingo o título do campeonato amador de Vale Verde, no estádio municipal, a partir das 15h.",
                         "O Barreiro chega à final invicto, com oito vitórias e dois empates. O Lagoa Seca eliminou o atual campeão nos pênaltis na semifinal.",
                         "@W",
                         "A entrada será gratuita, mas a organização pede a doação de um quilo de alimento não perecível, que será entregue a entidades assistenciais.",
                         "@C"]),
        ]),
    dict(
        site="lechodesfalaises.fr", lang="fr",
        shared={
            "H": "L'Écho des Falaises – l'actualité de la côte",
            "L": "À lire aussi : les horaires des marées pour tout le mois d'août",
            "A": "Vous avez aimé cet article ? Abonnez-vous à L'Écho des Falaises pour soutenir le journalisme local et accéder à tous nos contenus en illimité, sur le site et l'application.",
        },
        docs=[
            dict(host="www.lechodesfalaises.fr",
                 title="Pêche à pied : de nouvelles restrictions sur le gisement de la pointe de Kervallec",
                 layout=["@H",
                         "La préfecture a limité la pêche à pied des coques sur le gisement de la pointe de Kervallec à trois jours par semaine, en raison d'une baisse importante de la ressource.",
                         "Les quantités autorisées passent de cinq à trois kilos par personne et par marée. Des contrôles seront menés par les gardes du littoral pendant tout l'été.",
                         "@L",
                         "Les pêcheurs professionnels saluent la mesure, tandis que certains habitués regrettent de ne pas avoir été consultés avant la publication de l'arrêté.",
                         "@A"]),
            dict(host="www.lechodesfalaises.fr",
                 title="Deux kayakistes secourus au large de Port-Lumière",
                 layout=["@H",
                         "Deux kayakistes en difficulté ont été secourus mercredi après-midi à environ deux kilomètres au large de Port-Lumière, après le chavirage de leur embarcation.",
                         "L'alerte a été donnée par un promeneur depuis la falaise. Le canot de la station de sauvetage est arrivé sur place en moins de vingt minutes.",
                         "@L",
                         "Les deux hommes, âgés d'une trentaine d'années, souffraient d'une légère hypothermie et ont été conduits au centre hospitalier par les pompiers.",
                         "@A"]),
            dict(host="sport.lechodesfalaises.fr",
                 title="Voile : le club de Port-Lumière remporte la régate des Trois Caps",
                 layout=["@H",
                         "L'équipage du Cercle nautique de Port-Lumière a remporté dimanche la régate des Trois Caps, devant les clubs de Saint-Brac et de Kervallec.",
                         "Les 28 bateaux engagés ont dû composer avec un vent irrégulier, qui a obligé le comité de course à raccourcir le parcours de la deuxième manche.",
                         "@L",
                         "La skippeuse victorieuse, Léa Marchand, 19 ans, participera en septembre au championnat de France espoirs avec son équipière Inès Caradec.",
                         "@A"]),
            dict(host="m.lechodesfalaises.fr",
                 title="Travaux sur la digue : la promenade fermée jusqu'en novembre",
                 layout=["@H",
                         "La promenade de la digue de Port-Lumière est fermée aux piétons depuis lundi pour des travaux de renforcement qui doivent durer jusqu'à la fin du mois de novembre.",
                         "Les tempêtes de l'hiver dernier ont fragilisé plusieurs blocs de l'ouvrage. Le chantier, estimé à 4,6 millions d'euros, est financé en partie par l'État.",
                         "@L",
                         "Les commerçants du front de mer craignent une baisse de fréquentation en fin de saison et demandent un cheminement provisoire le long des travaux.",
                         "@A"]),
            dict(host="www.lechodesfalaises.fr",
                 title="Une boulangerie rouvre enfin à Kervallec",
                 layout=["@H",
                         "Privé de boulangerie depuis trois ans, le village de Kervallec a retrouvé son pain frais : un jeune couple a repris le fonds de commerce fermé en 2021.",
                         "Camille et Hugo Rivière, tous deux trentenaires, ont quitté la région parisienne pour s'installer sur la côte. La commune leur loue le local à prix réduit.",
                         "@L",
                         "Dès le premier matin, une file d'attente s'est formée devant la boutique. « On a tout vendu avant dix heures », sourit Camille.",
                         "@A"]),
        ]),
    dict(
        site="riverdalenotes.blogspot.com", lang="en",
        shared={
            "N": "Newer Post Older Post Home",
            "S": "Subscribe to: Post Comments (Atom)",
        },
        docs=[
            dict(host="riverdalenotes.blogspot.com",
                 title="Riverdale allotment society wins regional award",
                 layout=["The Riverdale Allotment Society has won the regional community garden award for turning a former car park behind the railway station into 48 growing plots.",
                         "Judges praised the society's work with the primary school next door, whose pupils grow vegetables on two plots and sell them at a stall every Friday.",
                         "Society secretary Joan Pritchard said the 500-pound prize would be spent on a rainwater tank and a new shed for shared tools.",
                         "@N", "@S"]),
            dict(host="riverdalenotes.blogspot.com",
                 title="Mill Lane to close for three nights for resurfacing",
                 layout=["Mill Lane in Riverdale will be closed between 8 p.m. and 6 a.m. from Monday to Wednesday next week while the road surface is replaced.",
                         "Residents will still be able to reach their homes, but through traffic will be diverted via Station Road and the Chapel Street roundabout.",
                         "The county council has apologised in advance for the noise and says the work has been scheduled at night to avoid disrupting the school run.",
                         "@N", "@S"]),
        ]),
    dict(
        site="harbourwatch.blogspot.com", lang="en",
        shared={
            "H": "Harbour Watch: community news from Harbour City",
            "N": "Newer Post Older Post Home",
            "S": "Subscribe to: Post Comments (Atom)",
        },
        docs=[
            dict(host="harbourwatch.blogspot.com",
                 title="Winter ferry timetable starts next month",
                 layout=["@H",
                         "The winter ferry timetable between Harbour City and the northern suburbs starts on the first Monday of next month, with sailings every 30 minutes instead of every 20.",
                         "The last evening departure from the city will be at 10.40 p.m., an hour earlier than in summer. Weekend services will also begin later in the morning.",
                         "Commuter groups have asked the operator to keep the 20-minute frequency during peak hours, saying the boats are already crowded at 8 a.m.",
                         "@N", "@S"]),
            dict(host="harbourwatch.blogspot.com",
                 title="Beach clean-up collects half a tonne of rubbish",
                 layout=["@H",
                         "More than 150 volunteers collected about 520 kilograms of rubbish from Gull Point beach on Sunday morning in the largest clean-up organised in Harbour City so far.",
                         "Plastic bottles and fishing line made up most of the waste, but volunteers also found two shopping trolleys and part of a wooden boat.",
                         "Organiser Ben Mallory said the group would hold clean-ups on the first Sunday of every month and hoped local businesses would sponsor rubbish bins near the dunes.",
                         "@N", "@S"]),
            dict(host="harbourwatch.blogspot.com",
                 title="Old lighthouse opens to visitors for heritage weekend",
                 layout=["@H",
                         "The old lighthouse at Marlow Point will open to the public on Saturday and Sunday for the first time in 12 years as part of the national heritage weekend.",
                         "Visitors will be able to climb the 112 steps to the lantern room in groups of ten. Tickets are free but must be booked in advance at the library.",
                         "The lighthouse was decommissioned in 1987 and has been looked after since then by a volunteer trust, which hopes to raise money to repair the roof.",
                         "@N", "@S"]),
        ]),
]


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

SHORT_MAX_WORDS = 13   # shared lines up to this many words: dropped from the 3rd occurrence
LONG_MIN_WORDS = 18    # shared lines of at least this many words: from the 10th
SHORT_FROM, SHORT_OPTIONAL = 2, {1}      # 0-based occurrence on the site
LONG_FROM, LONG_OPTIONAL = 9, {8}

MARKER = re.compile(r"^\[(!\d|[a-z]\d|N|\?)\]\s+")

SECTIONS = {
    "en": "news", "id": "berita", "es": "noticias", "pt": "noticias", "de": "lokales",
    "fr": "actualite", "vi": "tin-tuc", "tr": "haber", "ja": "articles", "zh": "news",
}


def slugify(text, limit=8):
    norm = unicodedata.normalize("NFKD", text)
    ascii_ = norm.encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_)
    return "-".join(words[:limit])


def parse_body(body):
    """Return (paragraphs, markers): markers[i] is None, '!c', 'xc', 'N' or '?'."""
    paras, marks = [], []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = MARKER.match(line)
        if m:
            marks.append(m.group(1))
            line = line[m.end():]
        else:
            marks.append(None)
        assert line and "\n" not in line
        paras.append(line)
    return paras, marks


def labels_from_markers(marks):
    drop, optional, negatives, groups = [], [], [], {}
    for i, m in enumerate(marks):
        if m is None:
            continue
        if m == "N":
            negatives.append(i)
        elif m == "?":
            optional.append(i)
        elif m[0] == "!":
            drop.append({"category": CATEGORY_NAMES[int(m[1])], "accept": [i], "count": 1})
        else:
            groups.setdefault(m, []).append(i)
    for key, members in sorted(groups.items(), key=lambda kv: kv[1][0]):
        assert len(members) >= 2, (key, members)
        drop.append({"category": CATEGORY_NAMES[int(key[1])], "accept": members,
                     "count": len(members) - 1})
    drop.sort(key=lambda d: d["accept"][0])
    return drop, optional, negatives


def clean_drop(drop):
    out = []
    for d in drop:
        # canonical choice: keep the first copy, drop the later ones
        out.extend(d["accept"][len(d["accept"]) - d["count"]:])
    return sorted(out)


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    outdir = os.path.join(root, "tests", "fixtures", "repeats-review")
    os.makedirs(outdir, exist_ok=True)

    # ordinary records
    others = []
    for r in RECORDS:
        paras, marks = parse_body(r["body"])
        drop, optional, negatives = labels_from_markers(marks)
        if r["cat"] == 6:
            assert not drop, r["title"]
        else:
            assert drop, r["title"]
        others.append(dict(lang=r["lang"], category=CATEGORY_NAMES[r["cat"]], host="www." + r["site"],
                           site=r["site"], title=r["title"], paras=paras, drop=drop,
                           optional=optional, negatives=negatives, note=r["note"]))

    # boilerplate documents, round-robin over sites (decoy sites listed first)
    queues = []
    for s in BOILERPLATE_SITES:
        for key, line in s["shared"].items():
            n = len(line.split())
            assert n <= SHORT_MAX_WORDS or n >= LONG_MIN_WORDS, (s["site"], key, n)
        q = []
        for d in s["docs"]:
            assert d["host"] == s["site"] or d["host"].endswith("." + s["site"])
            paras, keys = [], []
            for item in d["layout"]:
                if item.startswith("@"):
                    paras.append(s["shared"][item[1:]])
                    keys.append(item[1:])
                else:
                    paras.append(item)
                    keys.append(None)
            q.append(dict(lang=s["lang"], category="boilerplate", host=d["host"], site=s["site"],
                          title=d["title"], paras=paras, keys=keys, shared=s["shared"],
                          drop=[], optional=[], negatives=[], note=""))
        queues.append(q)
    bp = []
    while any(queues):
        for q in queues:
            if q:
                bp.append(q.pop(0))

    rng = random.Random(20240611)
    rng.shuffle(others)
    total = len(others) + len(bp)
    slots = {int((k + 0.5) * total / len(bp)) for k in range(len(bp))}
    assert len(slots) == len(bp)
    ordered, oi, bi = [], 0, 0
    for pos in range(total):
        if pos in slots:
            ordered.append(bp[bi]); bi += 1
        else:
            ordered.append(others[oi]); oi += 1

    # boilerplate labels: occurrence count per registrable domain, in file order
    seen = {}
    for rec in ordered:
        if rec["category"] != "boilerplate":
            continue
        notes = {}
        for i, key in enumerate(rec["keys"]):
            if key is None:
                continue
            line = rec["shared"][key]
            n = seen.get((rec["site"], line), 0)
            seen[(rec["site"], line)] = n + 1
            long_ = len(line.split()) >= LONG_MIN_WORDS
            start, opt = (LONG_FROM, LONG_OPTIONAL) if long_ else (SHORT_FROM, SHORT_OPTIONAL)
            kind = "long" if long_ else "short"
            if n >= start:
                rec["drop"].append({"category": "boilerplate", "accept": [i], "count": 1,
                                    "note": "%s line, occurrence %d on %s" % (kind, n + 1, rec["site"])})
            elif n in opt:
                rec["optional"].append(i)
                notes[i] = "%s line, occurrence %d on %s: optional" % (kind, n + 1, rec["site"])
            else:
                notes[i] = "%s line, occurrence %d on %s: must stay" % (kind, n + 1, rec["site"])
        rec["note"] = "; ".join("p%d %s" % kv for kv in sorted(notes.items()))

    # checks
    langs = sorted({r["lang"] for r in ordered})
    assert len(langs) >= 6, langs
    titles = [r["title"] for r in ordered]
    assert len(set(titles)) == len(titles)
    for r in ordered:
        assert 4 <= len(r["paras"]) <= 12, (r["title"], len(r["paras"]))

    arts, labs = [], []
    for pos, r in enumerate(ordered):
        rid = "rr-%03d" % (pos + 1)
        slug = slugify(r["title"]) or "a"
        url = "https://%s/%s/2024/%02d/%s-%05d" % (
            r["host"], SECTIONS[r["lang"]], 1 + pos % 12, slug, 10000 + pos * 37)
        arts.append({"id": rid, "url": url, "title": r["title"], "text": "\n".join(r["paras"])})
        labs.append({
            "id": rid,
            "url": url,
            "lang": r["lang"],
            "category": r["category"],
            "site": r["site"],
            "paragraphs": len(r["paras"]),
            "drop": r["drop"],
            "clean_drop": clean_drop(r["drop"]),
            "optional": sorted(r["optional"]),
            "hard_negatives": r["negatives"],
            "note": r["note"],
        })

    with open(os.path.join(outdir, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labs:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

    counts = {}
    for l in labs:
        for d in l["drop"]:
            counts[d["category"]] = counts.get(d["category"], 0) + d["count"]
    recs = {}
    for l in labs:
        recs[l["category"]] = recs.get(l["category"], 0) + 1
    negs = sum(len(l["hard_negatives"]) for l in labs)
    print("records: %d  languages: %s" % (len(labs), ", ".join(langs)))
    print("records per category: %s" % json.dumps(recs, sort_keys=True))
    print("paragraphs to drop per category: %s" % json.dumps(counts, sort_keys=True))
    print("marked hard-negative paragraphs: %d" % negs)
    print("wrote %s" % outdir)


if __name__ == "__main__":
    build()
