# Malay, Vietnamese, Thai, Tagalog, Portuguese (BR), Spanish, Hindi, Japanese,
# Chinese, Korean, Russian articles (written for this evaluation set).
from common import I, L, spin, block, A

ARTS = []
add = ARTS.append

# ================================================================ Malay
add(A("ms", "https://www.bharian.com.my/berita/nasional/2025/02/1361234/harga-minyak-masak-paket-kekal-bekalan-mencukupi", "Harga minyak masak paket kekal, bekalan mencukupi", [
    "Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN) memberi jaminan bekalan minyak masak paket bersubsidi mencukupi menjelang Ramadan.",
    "Menteri berkata harga minyak masak paket satu kilogram kekal RM2.50 dan pemantauan dijalankan di seluruh negara. Maklumat terkini boleh disemak di " + L('gov-source', 'https://www.kpdn.gov.my/ms/media-kpdn/kenyataan-media') + ".",
    "Pengguna boleh membuat aduan " + I('spliced-url', 'https://kiss918-menang.com/') + " mengenai kekurangan bekalan melalui aplikasi Ez ADU KPDN atau talian bebas tol.",
    "Peniaga yang didapati menyorok barang kawalan boleh dikenakan tindakan di bawah Akta Kawalan Bekalan 1961.",
]))

add(A("ms", "https://www.hmetro.com.my/mutakhir/2025/03/1123456/pesara-rugi-rm480000-ditipu-sindiket-macau-scam", "Pesara rugi RM480,000 ditipu sindiket Macau scam", [
    "Seorang pesara kerajaan kerugian RM480,000 selepas diperdaya sindiket yang menyamar sebagai pegawai polis dan pegawai bank dalam tempoh tiga minggu.",
    "Ketua Polis Daerah berkata mangsa diarah memindahkan wang ke beberapa akaun dan melayari laman palsu " + L('warning-quoted', 'bnm-semakan-akaun.com') + " untuk 'mengesahkan' akaunnya.",
    "Orang ramai dinasihatkan menyemak nombor akaun dan nombor telefon yang mencurigakan di portal Semak Mule PDRM, " + L('gov-source', 'https://semakmule.rmp.gov.my') + ", sebelum membuat sebarang pemindahan.",
    "Mangsa penipuan dalam talian boleh menghubungi Pusat Respons Scam Kebangsaan di talian 997. Bank Negara Malaysia turut menyenaraikan entiti tidak sah di " + L('gov-source', 'https://www.bnm.gov.my/financial-consumer-alert-list') + ".",
]))

add(A("ms", "https://www.sinarharian.com.my/article/712345/sukan/badminton/beregu-lelaki-negara-mara-ke-separuh-akhir", "Beregu lelaki negara mara ke separuh akhir Terbuka Malaysia", [
    "Beregu lelaki negara mara ke separuh akhir Kejohanan Badminton Terbuka Malaysia selepas menewaskan pasangan Denmark 21-17, 21-19 di Axiata Arena, Bukit Jalil.",
    "Kedua-dua pemain mengakui tekanan bermain di depan penyokong sendiri, namun sokongan penonton banyak membantu pada saat genting. Keputusan penuh boleh dilihat di laman " + L('cited-source', 'https://bam.org.my/keputusan') + ".",
    "Mereka akan bertemu pasangan Indonesia di separuh akhir pada Sabtu. Pertemuan terakhir kedua-dua pasangan berakhir dengan kemenangan tiga set untuk wakil negara.",
    block('<div style="display:none">', '</div>', [
        ('https://mega-apk-menang.com/', 'mega888 apk'),
        ('https://slot-ewallet-my.net/', 'slot ewallet'),
        ('https://www.portal-kolej-vokasional.edu.my/assets/scr888/', 'scr888 login'),
    ], sep=' ', tmpl='<a href="{u}">{a}</a>'),
]))

add(A("ms", "https://www.utusan.com.my/nasional/2025/12/mangsa-banjir-di-kelantan-meningkat-kepada-12000-orang/", "Mangsa banjir di Kelantan meningkat kepada 12,000 orang", [
    "Jumlah mangsa banjir di Kelantan meningkat kepada lebih 12,000 orang pagi ini, dengan 85 pusat pemindahan sementara dibuka di tujuh jajahan.",
    "Jabatan Meteorologi Malaysia mengeluarkan amaran hujan berterusan tahap buruk sehingga Ahad. Amaran terkini boleh dipantau di " + L('gov-source', 'https://www.met.gov.my/amaran/') + ".",
    "Maklumat pusat pemindahan dikemas kini secara berkala di portal " + L('gov-source', 'https://infobencanajkmv2.jkm.gov.my') + ". Pinjaman peribadi lulus segera tanpa dokumen, WhatsApp " + I('contact-link', 'https://wa.me/60123456789') + " sekarang. Mangsa yang memerlukan bantuan boleh menghubungi bilik gerakan daerah.",
    "Pasukan penyelamat menggunakan bot untuk memindahkan penduduk di kampung yang terputus hubungan.",
]))

# ================================================================ Vietnamese
add(A("vi", "https://vnexpress.net/gia-vang-mieng-sjc-tang-len-90-trieu-dong-moi-luong-4851234.html", "Giá vàng miếng SJC tăng lên 90 triệu đồng mỗi lượng", [
    "Giá vàng miếng SJC sáng nay được các doanh nghiệp niêm yết ở mức 90 triệu đồng mỗi lượng chiều bán ra, tăng 500.000 đồng so với hôm qua.",
    "Theo bảng giá trên trang " + L('company', 'https://sjc.com.vn/giavang/textContent.php') + ", giá mua vào ở mức 88 triệu đồng. Chênh lệch giữa giá mua và bán vẫn ở mức 2 triệu đồng.",
    "Giá vàng thế giới tiếp tục đi lên do đồng USD suy yếu. Đăng ký ngay tại " + I('bare-domain', 'nhacai88vn.vip') + " nhận thưởng 100%. Các chuyên gia khuyến cáo người dân không nên lướt sóng trong giai đoạn này.",
    "Ngân hàng Nhà nước cho biết sẽ tiếp tục theo dõi sát diễn biến thị trường, thông tin được đăng trên " + L('gov-source', 'https://www.sbv.gov.vn') + ".",
]))

add(A("vi", "https://tuoitre.vn/tuyen-viet-nam-thang-thai-lan-2-1-tai-my-dinh-20250105213045123.htm", "Tuyển Việt Nam thắng Thái Lan 2-1 tại Mỹ Đình", [
    "Đội tuyển Việt Nam đánh bại Thái Lan 2-1 trong trận chung kết lượt đi ASEAN Cup trên sân Mỹ Đình tối qua.",
    "Hai bàn thắng của đội chủ nhà đều đến từ các tình huống cố định trong hiệp hai. Thái Lan rút ngắn tỷ số ở phút bù giờ.",
    "Huấn luyện viên trưởng cho biết các cầu thủ đã <a href=\"" + I('html-anchor', 'https://soikeo247vn.club/') + "\">soi kèo nhà cái</a> thi đấu đúng chiến thuật và giữ được sự tập trung đến phút cuối.",
    "Lịch thi đấu lượt về được Liên đoàn Bóng đá Việt Nam công bố trên " + L('cited-source', 'https://vff.org.vn/lich-thi-dau') + ".",
]))

add(A("vi", "https://dantri.com.vn/cong-nghe/canh-bao-hang-loat-trang-web-gia-mao-ngan-hang-20250310101010123.htm", "Cảnh báo hàng loạt trang web giả mạo ngân hàng", [
    "Cục An toàn thông tin vừa phát đi cảnh báo về hàng loạt trang web giả mạo ngân hàng nhằm đánh cắp thông tin đăng nhập của người dùng.",
    "Các trang giả mạo thường có địa chỉ gần giống trang thật, ví dụ " + L('warning-quoted', 'vietcombank-xacthuc.com') + ", và được phát tán qua tin nhắn SMS mạo danh.",
    "Người dân có thể kiểm tra độ tin cậy của trang web tại " + L('ngo', 'https://chongluadao.vn') + " hoặc báo cáo tại " + L('gov-source', 'https://canhbao.khonggianmang.vn') + ".",
    "Bộ Công an khuyến cáo không cung cấp mã OTP cho bất kỳ ai, kể cả người tự xưng là nhân viên ngân hàng.",
]))

add(A("vi", "https://vietnamnet.vn/lich-thi-tot-nghiep-thpt-2025-chinh-thuc-duoc-cong-bo-2351234.html", "Lịch thi tốt nghiệp THPT 2025 chính thức được công bố", [
    "Bộ Giáo dục và Đào tạo đã công bố lịch thi tốt nghiệp THPT năm 2025, theo đó kỳ thi diễn ra trong hai ngày 26 và 27 tháng 6.",
    "Thí sinh sẽ thi bắt buộc môn Toán, Ngữ văn và hai môn tự chọn. Hướng dẫn chi tiết được đăng trên cổng thông tin " + L('gov-source', 'https://moet.gov.vn/tintuc/Pages/tin-hoat-dong-cua-bo.aspx') + ".",
    "Thí sinh đăng ký dự thi trực tuyến trên hệ thống " + L('gov-source', 'https://thisinh.thitotnghiepthpt.edu.vn') + " từ ngày 24 tháng 4.",
    block('<div style="display:none">', '</div>', [
        ('https://taixiu-online.vip/', 'tài xỉu online'),
        ('https://nohu-doithuong.net/', 'nổ hũ đổi thưởng'),
    ], sep='', tmpl='<a href="{u}">{a}</a>'),
]))

# ================================================================ Thai
add(A("th", "https://www.thairath.co.th/money/economics/2812345", "ราคาทองวันนี้ปรับขึ้น 200 บาท", [
    "สมาคมค้าทองคำประกาศราคาทองคำวันนี้ปรับขึ้น 200 บาท ทองคำแท่งรับซื้อบาทละ 43,500 บาท ขายออกบาทละ 43,600 บาท",
    "ราคาทองในประเทศปรับตัวตามราคาทองคำในตลาดโลกและค่าเงินบาท ดูประกาศราคาล่าสุดได้ที่ " + L('cited-source', 'https://www.goldtraders.or.th/'),
    "นักวิเคราะห์ระบุว่านักลงทุนควร<a href=\"" + I('html-anchor', 'https://ufa-vip168.win/') + "\">สล็อตเว็บตรง</a>ติดตามการประชุมธนาคารกลางสหรัฐในสัปดาห์หน้าอย่างใกล้ชิด",
    "ธนาคารแห่งประเทศไทยรายงานว่าค่าเงินบาทเคลื่อนไหวในกรอบแคบ ข้อมูลอัตราแลกเปลี่ยนอยู่ที่ " + L('gov-source', 'https://www.bot.or.th/th/statistics/exchange-rate.html'),
]))

add(A("th", "https://www.bangkokbiznews.com/news/news-update/1161234", "กรมอุตุฯ เตือนฝนตกหนักภาคเหนือ เสี่ยงน้ำท่วมฉับพลัน", [
    "กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากบริเวณภาคเหนือตอนบน ระหว่างวันที่ 20-23 สิงหาคม ประชาชนในพื้นที่เสี่ยงควรระวังน้ำท่วมฉับพลันและน้ำป่าไหลหลาก",
    "ติดตามประกาศฉบับเต็มได้ที่ " + L('gov-source', 'https://www.tmd.go.th/warning-and-events/warning-storm') + " ส่วนกรมป้องกันและบรรเทาสาธารณภัยได้สั่งการให้จังหวัดเตรียมเครื่องมือให้พร้อม",
    "สมัครสมาชิกใหม่รับโบนัส 100% แอดไลน์ " + I('contact-link', 'https://line.me/R/ti/p/@slotpg99th') + " ฝากถอนออโต้ ชาวบ้านในอำเภอแม่สายเริ่มขนย้ายสิ่งของขึ้นที่สูงตั้งแต่ช่วงเย็น",
    "ผู้ประสบภัยสามารถแจ้งขอความช่วยเหลือผ่านสายด่วน 1784 หรือเว็บไซต์ " + L('gov-source', 'https://www.disaster.go.th'),
]))

add(A("th", "https://www.siamsport.co.th/football/thai-football/view/512345", "ทีมชาติไทยประกาศรายชื่อ 26 นักเตะชุดลุยคัดบอลโลก", [
    "สมาคมกีฬาฟุตบอลแห่งประเทศไทยประกาศรายชื่อนักเตะ 26 คนสำหรับเกมคัดเลือกฟุตบอลโลกรอบต่อไป โดยมีผู้เล่นหน้าใหม่ติดทีมสามราย",
    "รายชื่อทั้งหมดเผยแพร่ผ่านเว็บไซต์ " + L('cited-source', 'https://www.fathailand.org/news/4123') + " และเพจทางการของสมาคม",
    "หัวหน้าผู้ฝึกสอนกล่าวว่าทีมจะเก็บตัวฝึกซ้อมที่กรุงเทพฯ เป็นเวลาหนึ่งสัปดาห์ ดูบอลสดทุกคู่ที่ " + I('bare-domain', 'pgslot-th888.com') + " ก่อนเดินทางไปแข่งขันนัดแรก",
    "ผู้สนับสนุนหลักของทีมชาติยังคงเป็นผู้ผลิตเครื่องดื่มและธนาคารพาณิชย์รายใหญ่ ซึ่งประกาศต่อสัญญาอีกสามปี ดูรายละเอียดที่ " + L('sponsor', 'https://www.changbeer.com/sponsorship'),
]))

# ================================================================ Filipino / Tagalog
add(A("tl", "https://www.gmanetwork.com/news/topstories/nation/934512/bagyong-kristine-lumakas-pa-signal-no-3/story/", "Bagyong Kristine, lumakas pa; Signal No. 3 itinaas sa ilang lalawigan", [
    "Lalo pang lumakas ang Bagyong Kristine habang papalapit sa Hilagang Luzon, ayon sa PAGASA. Itinaas ang Tropical Cyclone Wind Signal No. 3 sa ilang bahagi ng Cagayan at Isabela.",
    "Inaasahang tatama sa kalupaan " + I('spliced-url', 'https://jiliplay777.ph/') + " ang bagyo sa Huwebes ng gabi o Biyernes ng madaling-araw. Pinayuhan ang mga residente sa mabababang lugar na lumikas na.",
    "Ang pinakahuling bulletin ay makikita sa " + L('gov-source', 'https://www.pagasa.dost.gov.ph/tropical-cyclone/severe-weather-bulletin') + ". Naka-alerto na rin ang NDRRMC at mga lokal na pamahalaan.",
    "Sinuspinde ang klase sa lahat ng antas sa ilang lalawigan. Ang listahan ng walang pasok ay ina-update ng DepEd sa " + L('gov-social', 'https://www.facebook.com/DepEdPhilippines') + ".",
]))

add(A("tl", "https://www.rappler.com/philippines/pagcor-cancels-licenses-40-online-gaming-operators/", "PAGCOR kinansela ang lisensya ng 40 online gaming operator", [
    "Kinansela ng Philippine Amusement and Gaming Corporation (PAGCOR) ang lisensya ng 40 offshore gaming operator bilang bahagi ng pagbabawal sa POGO sa bansa.",
    "Ayon sa pahayag na inilabas sa " + L('gov-source', 'https://www.pagcor.ph/press-releases/pagcor-cancels-licenses.php') + ", may hanggang katapusan ng taon ang mga operator para tuluyang itigil ang operasyon.",
    "Nagbabala rin ang ahensya laban sa mga iligal na website gaya ng " + L('warning-quoted', 'sabong-live-ph.net') + " na patuloy na nag-aalok ng online sabong kahit ipinagbawal na ito.",
    "Ang mga may impormasyon tungkol sa iligal na sugal ay maaaring mag-ulat sa PNP Anti-Cybercrime Group sa " + L('gov-social', 'https://www.facebook.com/anticybercrimegroup') + ". Basahin din ang aming naunang ulat: " + L('own-related', 'https://www.rappler.com/philippines/pogo-ban-explainer/') + ".",
]))

add(A("tl", "https://www.abs-cbn.com/news/business/2025/2/14/presyo-ng-bigas-bahagyang-bumaba-1234", "Presyo ng bigas, bahagyang bumaba ngayong Pebrero", [
    "Bahagyang bumaba ang presyo ng regular milled rice sa mga pamilihan sa Metro Manila, ayon sa pinakahuling price monitoring ng Department of Agriculture.",
    "Ayon sa datos na inilathala sa " + L('gov-source', 'https://www.da.gov.ph/price-monitoring/') + ", nasa P45 hanggang P50 kada kilo na ang regular milled rice sa karamihan ng palengke.",
    "Sinabi ng mga nagtitinda na dumami ang suplay matapos ang anihan. Subukan ang [swerteplay promo ngayon](" + I('markdown-link', 'https://swerte-play-promo.online/') + ") at manalo ng jackpot. Inaasahang mananatiling matatag ang presyo hanggang Marso.",
    "Batay naman sa ulat ng Philippine Statistics Authority sa " + L('gov-source', 'https://psa.gov.ph/price-indices/cpi-ir') + ", bumagal ang inflation ng bigas sa ikatlong sunod na buwan.",
]))

add(A("tl", "https://www.spin.ph/basketball/pba/ginebra-lumapit-sa-kampeonato-game-5-a1234-20250320", "Ginebra lumapit sa kampeonato matapos manalo sa Game 5", [
    "Lumapit ang Barangay Ginebra sa kampeonato matapos talunin ang San Miguel, 98-92, sa Game 5 ng PBA Finals sa Araneta Coliseum.",
    "Nanguna ang import ng Ginebra na may 34 puntos at 14 rebounds. Ang buong box score ay nasa " + L('cited-source', 'https://www.pba.ph/game/2025-finals-game-5') + ".",
    "Maaaring makuha ng Ginebra ang titulo sa Game 6 sa Linggo. Ayon sa coach, kailangan pa rin nilang pagbutihin ang depensa sa ikaapat na quarter.",
    block('<p style="display:none">', '</p>', [
        ('https://panalo-jili.net/', 'jili slot'),
        ('https://sabongwin-ph.com/', 'online sabong'),
        ('https://e-services.bayan-sanrafael.gov.ph/uploads/lotto/', 'lotto result'),
    ], sep=' ', tmpl='<a href="{u}">{a}</a>'),
]))

# ================================================================ Portuguese (Brazil)
add(A("pt-BR", "https://g1.globo.com/economia/noticia/2025/01/02/governo-divulga-lista-de-bets-autorizadas-a-operar-no-pais.ghtml", "Governo divulga lista de bets autorizadas a operar no país", [
    "O Ministério da Fazenda divulgou a lista de empresas de apostas de quota fixa autorizadas a operar no Brasil a partir de 1º de janeiro. Sites fora da lista devem ser bloqueados.",
    "A relação completa está disponível em " + L('gov-source', 'https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas/lista-de-empresas') + ". Todas as empresas autorizadas passam a usar o domínio \"" + L('domain-suffix-mention', '.bet.br') + "\", como " + L('reported-operator', 'esportivavip.bet.br') + ".",
    "Segundo a Secretaria de Prêmios e Apostas, sites como " + L('warning-quoted', 'fortunetigre-oficial.com') + ", que oferecem o chamado \"jogo do tigrinho\" sem autorização, estão entre os alvos do bloqueio feito pela Anatel.",
    "Quem tiver problemas com apostas pode buscar ajuda no Centro de Valorização da Vida, em " + L('ngo', 'https://cvv.org.br') + ", ou registrar reclamação em " + L('gov-source', 'https://www.consumidor.gov.br') + ".",
]))

t = "Chuvas no RS deixam 3 mil desalojados"
src = "A Defesa Civil informou que o nível do Rio Taquari subiu quase quatro metros em 24 horas e segue em elevação."
add(A("pt-BR", "https://www.correiodopovo.com.br/noticias/geral/chuvas-no-rs-deixam-3-mil-desalojados-1.1541234", t, [
    "As fortes chuvas que atingem o Rio Grande do Sul desde o fim de semana deixaram cerca de 3 mil pessoas desalojadas em 28 municípios, segundo o governo estadual.",
    spin(t, src, I('spliced-homepage', 'https://tigrinho777.online/')),
    src,
    "Os boletins atualizados são publicados em " + L('gov-source', 'https://www.defesacivil.rs.gov.br/avisos-e-alertas') + ". A MetSul prevê mais chuva nos próximos dois dias, conforme " + L('cited-source', 'https://metsul.com/previsao-do-tempo-chuva-rs/') + ".",
    "Doações podem ser feitas pela chave Pix oficial do governo, divulgada em " + L('gov-source', 'https://sosenchentes.rs.gov.br') + ".",
]))

add(A("pt-BR", "https://ge.globo.com/futebol/times/flamengo/noticia/2025/04/13/flamengo-vence-o-palmeiras-e-assume-a-lideranca.ghtml", "Flamengo vence o Palmeiras e assume a liderança do Brasileirão", [
    "O Flamengo venceu o Palmeiras por 2 a 0 no Maracanã e assumiu a liderança do Campeonato Brasileiro. Os gols saíram no segundo tempo.",
    "A patrocinadora máster do clube, uma casa de apostas, fez ações com torcedores antes da partida. A tabela completa está no site da CBF, " + L('cited-source', 'https://www.cbf.com.br/futebol-brasileiro/competicoes/campeonato-brasileiro-serie-a/2025') + ".",
    "O técnico elogiou a intensidade da equipe. Entre no grupo VIP de sinais do tigrinho: " + I('contact-link', 'https://t.me/sinaisdotigrinho_vip') + " e lucre todo dia. O próximo jogo do Flamengo será pela Libertadores.",
    "Os ingressos para a próxima partida em casa serão vendidos em " + L('company', 'https://ingressos.flamengo.com.br') + ".",
]))

add(A("pt-BR", "https://www.infomoney.com.br/minhas-financas/pix-automatico-comeca-a-valer-veja-como-funciona/", "Pix Automático começa a valer; veja como funciona", [
    "O Pix Automático, nova modalidade para pagamentos recorrentes, começou a funcionar nesta segunda-feira. A ferramenta permite autorizar débitos periódicos, como contas de luz e mensalidades.",
    "Segundo o Banco Central, a adesão é opcional e pode ser cancelada a qualquer momento pelo aplicativo do banco. As regras estão em " + L('gov-source', 'https://www.bcb.gov.br/estabilidadefinanceira/pix-automatico') + ".",
    "Especialistas recomendam conferir <a href=\"" + I('html-anchor', 'https://emprestimo-aprovado-ja.com/') + "\">empréstimo na hora sem consulta</a> os valores autorizados e a data de cobrança antes de confirmar.",
    "O Procon-SP orienta consumidores a registrar reclamações em " + L('gov-source', 'https://www.procon.sp.gov.br') + " caso identifiquem cobranças indevidas.",
]))

# ================================================================ Spanish
add(A("es", "https://www.eluniversal.com.mx/nacion/ine-aprueba-presupuesto-para-la-eleccion-judicial/", "INE aprueba presupuesto para la elección judicial", [
    "El Consejo General del Instituto Nacional Electoral aprobó el presupuesto para organizar la elección de jueces y magistrados, la primera de su tipo en el país.",
    "El acuerdo puede consultarse en " + L('gov-source', 'https://www.ine.mx/sesiones-del-consejo-general/') + ". Los consejeros advirtieron que el monto es menor al solicitado originalmente.",
    "La presidenta del instituto dijo que se instalarán menos casillas " + I('www-no-scheme', 'www.casinoenlinea-mx.bet') + " que en la elección federal de 2024, debido a los recortes.",
    "Los ciudadanos pueden ubicar su casilla en " + L('gov-source', 'https://ubicatucasilla.ine.mx') + " a partir de la próxima semana.",
]))

add(A("es", "https://www.lanacion.com.ar/economia/la-inflacion-de-marzo-fue-de-37-y-acumula-86-en-el-trimestre-nid14042025/", "La inflación de marzo fue de 3,7% y acumula 8,6% en el trimestre", [
    "El Índice de Precios al Consumidor registró un aumento de 3,7% en marzo, informó el Instituto Nacional de Estadística y Censos (Indec). En los últimos doce meses, la suba fue de 55,9%.",
    "El informe técnico completo está disponible en " + L('gov-source', 'https://www.indec.gob.ar/indec/web/Nivel4-Tema-3-5-31') + ". Los rubros con mayores aumentos fueron educación y alimentos.",
    "Economistas consultados esperan una desaceleración en abril. Según el relevamiento de expectativas del Banco Central, publicado en " + L('gov-source', 'https://www.bcra.gob.ar/PublicacionesEstadisticas/Relevamiento_Expectativas_de_Mercado.asp') + ", la inflación anual cerraría en torno a 30%. Más información en " + I('hacked-subpath', 'https://www.sanmartindelosandes.gob.ar/wp-content/uploads/casino-online/') + ".",
    "El Gobierno celebró el dato y lo atribuyó al ajuste fiscal, mientras que la oposición señaló la caída del consumo.",
]))

add(A("es", "https://www.marca.com/futbol/primera-division/cronica/2025/03/09/67cd1234e2704e1a2b8b4590.html", "El Betis remonta y gana al Sevilla en el derbi", [
    "El Real Betis remontó un gol en contra para imponerse 2-1 al Sevilla en un derbi disputado bajo la lluvia en el Benito Villamarín.",
    "El Sevilla se adelantó en el primer tiempo con un cabezazo tras un saque de esquina. El Betis igualó antes del descanso y firmó la remontada a veinte minutos del final.",
    "La clasificación actualizada puede consultarse en " + L('cited-source', 'https://www.laliga.com/laliga-easports/clasificacion') + ". [url=" + I('bbcode', 'https://apuestas-seguras-es.win/') + "]apuestas deportivas sin depósito[/url]",
    "El técnico bético destacó la reacción del equipo. \"Hemos sufrido, pero el equipo nunca dejó de creer\", dijo en rueda de prensa.",
]))

add(A("es", "https://elpais.com/america/2025-02-20/el-dengue-repunta-en-america-latina-y-la-ops-pide-reforzar-la-vigilancia.html", "El dengue repunta en América Latina y la OPS pide reforzar la vigilancia", [
    "La Organización Panamericana de la Salud alertó de un repunte de casos de dengue en América Latina, con más de 1,2 millones de contagios notificados en lo que va del año.",
    "Los datos se publican semanalmente en la plataforma de información de salud de la OPS, " + L('cited-source', 'https://www3.paho.org/data/index.php/es/temas/indicadores-dengue.html') + ". Brasil, Argentina y Perú concentran la mayoría de los casos.",
    "Los expertos recomiendan eliminar criaderos de mosquitos en los hogares. Gana dinero real desde tu celular: " + I('shortener', 'https://cutt.ly/apuestasvip') + " bono de bienvenida. El uso de repelente también es clave durante la temporada de lluvias.",
    "La OMS mantiene una nota descriptiva sobre la enfermedad en " + L('cited-source', 'https://www.who.int/es/news-room/fact-sheets/detail/dengue-and-severe-dengue') + ".",
]))

# ================================================================ Hindi
add(A("hi", "https://www.jagran.com/cricket/headlines-india-beat-australia-by-295-runs-in-first-test-23891234.html", "पहले टेस्ट में भारत ने ऑस्ट्रेलिया को 295 रन से हराया", [
    "भारत ने पर्थ में खेले गए पहले टेस्ट मैच में ऑस्ट्रेलिया को 295 रन से हराकर सीरीज़ में 1-0 की बढ़त बना ली। तेज़ गेंदबाज़ों ने दूसरी पारी में आठ विकेट लिए।",
    "मैच का पूरा स्कोरकार्ड " + L('cited-source', 'https://www.bcci.tv/international/men/match/1234') + " पर उपलब्ध है। कप्तान ने जीत का श्रेय पूरी टीम को दिया।",
    "टीम इंडिया की जर्सी पर अब नए प्रायोजक का नाम होगा, जिसने " + L('sponsor', 'https://www.apollotyres.com/en-in/press-releases/') + " पर बयान जारी किया। सट्टा मटका का सबसे तेज़ रिज़ल्ट देखें " + I('bare-domain', 'satta-matka-fastresult.in') + " पर।",
    "दूसरा टेस्ट एडिलेड में डे-नाइट प्रारूप में खेला जाएगा।",
]))

add(A("hi", "https://www.amarujala.com/india-news/imd-weather-update-heavy-rain-alert-in-12-states-2025-07-14", "मौसम विभाग ने 12 राज्यों में भारी बारिश की चेतावनी जारी की", [
    "भारत मौसम विज्ञान विभाग ने अगले 48 घंटों में 12 राज्यों में भारी से बहुत भारी बारिश की चेतावनी जारी की है। केरल, कर्नाटक और महाराष्ट्र के तटीय इलाकों में ऑरेंज अलर्ट है।",
    "ताज़ा पूर्वानुमान " + L('gov-source', 'https://mausam.imd.gov.in/responsive/districtWiseWarning.php') + " पर देखा जा सकता है। मछुआरों को समुद्र में न जाने की सलाह दी गई है।",
    "राज्य सरकारों ने आपदा प्रबंधन दलों को <a href=\"" + I('html-anchor', 'https://aviator-predictor-app.in/') + "\">aviator game hack</a> तैयार रहने के निर्देश दिए हैं।",
    "राष्ट्रीय आपदा प्रबंधन प्राधिकरण ने बचाव संबंधी दिशानिर्देश " + L('gov-source', 'https://ndma.gov.in/Natural-Hazards/Floods/Do-Donts') + " पर जारी किए हैं।",
]))

add(A("hi", "https://www.bhaskar.com/national/news/digital-arrest-fraud-cases-rise-home-ministry-warning-133912345.html", "डिजिटल अरेस्ट के नाम पर ठगी के मामले बढ़े, गृह मंत्रालय ने जारी की चेतावनी", [
    "गृह मंत्रालय ने 'डिजिटल अरेस्ट' के नाम पर हो रही ठगी को लेकर चेतावनी जारी की है। ठग खुद को पुलिस या सीबीआई अधिकारी बताकर वीडियो कॉल पर लोगों को डराते हैं।",
    "साइबर अपराध की शिकायत " + L('gov-source', 'https://cybercrime.gov.in') + " पर या हेल्पलाइन 1930 पर दर्ज कराई जा सकती है। मंत्रालय ने कहा कि कोई भी सरकारी एजेंसी वीडियो कॉल पर गिरफ्तारी नहीं करती।",
    "तीन पत्ती खेलकर रोज़ 5000 रुपये कमाएँ, अभी व्हाट्सऐप करें " + I('contact-link', 'https://wa.me/919876543210') + "। पुलिस के अनुसार पिछले छह महीनों में ऐसे 9,000 से अधिक मामले दर्ज हुए हैं।",
    "भारतीय साइबर अपराध समन्वय केंद्र ने जागरूकता सामग्री " + L('gov-source', 'https://i4c.mha.gov.in/cyber-awareness.aspx') + " पर उपलब्ध कराई है।",
]))

# ================================================================ Japanese
add(A("ja", "https://www3.nhk.or.jp/news/html/20250830/k10014512345000.html", "台風10号 九州南部に接近 記録的大雨のおそれ", [
    "強い台風10号は30日、九州南部に接近し、鹿児島県や宮崎県では記録的な大雨となるおそれがあります。気象庁は土砂災害や川の氾濫に厳重な警戒を呼びかけています。",
    "最新の台風情報は気象庁のホームページ " + L('gov-source', 'https://www.jma.go.jp/bosai/map.html#contents=typhoon') + " で確認できます。",
    "鹿児島県内では、すでに一部の地域で<a href=\"" + I('html-anchor', 'https://casino-nyumon-bonus.com/') + "\">オンラインカジノ 入金不要ボーナス</a>避難指示が出されていて、自治体は早めの避難を呼びかけています。",
    "JR九州は、九州新幹線の運転を終日見合わせると発表しました。運行情報は " + L('company', 'https://www.jrkyushu.co.jp/trains/info/') + " で案内しています。",
]))

add(A("ja", "https://www.yomiuri.co.jp/national/20250315-OYT1T50123/", "オンラインカジノで賭博容疑 全国で摘発相次ぐ", [
    "海外のオンラインカジノサイトで賭博をしたとして、警察による摘発が全国で相次いでいます。警察庁は、海外で合法に運営されているサイトでも、日本国内から接続して賭ければ犯罪になると注意を呼びかけています。",
    "警察庁は啓発ページ " + L('gov-source', 'https://www.npa.go.jp/bureau/safetylife/hoan/onlinecasino/onlinecasino.html') + " を公開し、広告や動画で「合法」とうたうサイトを信じないよう求めています。",
    "今回摘発された事件では、利用者が " + L('warning-quoted', 'lucky-samurai-casino.com') + " というサイトに約300万円を入金していたということです。",
    "ギャンブル依存症に関する相談は、消費者庁の案内ページ " + L('gov-source', 'https://www.caa.go.jp/policies/policy/consumer_policy/information/gambling/') + " に掲載されている窓口で受け付けています。",
]))

add(A("ja", "https://www.itmedia.co.jp/news/articles/2506/10/news123.html", "新型の電子書籍リーダー発表 カラー表示に対応", [
    "電子書籍サービスを手がける国内企業は10日、カラー表示に対応した新型の電子書籍リーダーを発表しました。価格は税込み2万9800円で、7月に発売します。",
    "新モデルは7インチの画面を搭載し、防水性能も備えています。詳しい仕様は同社の発表資料 " + L('company-press', 'https://corp.hondana-books.co.jp/news/2025/0610.html') + " に掲載されています。",
    "同社の担当者は「漫画や雑誌をカラーで楽しみたいという声に応えた」と話しています。",
    block('<div style="display:none">', '</div>', [
        ('https://pachislot-bonus-jp.net/', 'パチスロ オンライン'),
        ('https://slot-gacor-jepang.com/', 'slot gacor'),
    ], sep='', tmpl='<a href="{u}">{a}</a>'),
]))

# ================================================================ Chinese
add(A("zh", "https://www.thepaper.cn/newsDetail_forward_29612345", "国家统计局：一季度国内生产总值同比增长5.4%", [
    "国家统计局16日发布数据，初步核算，一季度国内生产总值同比增长5.4%，增速与去年四季度持平。",
    "详细数据可在国家统计局网站 " + L('gov-source', 'https://www.stats.gov.cn/sj/zxfb/202504/t20250416_1959123.html') + " 查阅。分产业看，第三产业增加值增长5.3%。",
    "分析人士认为，消费品以旧换新政策对社会消费品零售总额形成有力支撑。体育彩票在线投注请认准" + I('obfuscated-fullwidth', 'ｂｏｃａｉ３６５。ｖｉｐ') + "，首充送百分之百。3月份社会消费品零售总额同比增长5.9%。",
    "央行表示将继续实施适度宽松的货币政策，相关表述见 " + L('gov-source', 'http://www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html') + "。",
]))

add(A("zh", "https://www.ithome.com/0/812/345.htm", "开源大模型推理框架发布新版本，显存占用降低三成", [
    "一个流行的开源大模型推理框架近日发布新版本，官方称在相同硬件条件下显存占用降低约三成，吞吐量提升约20%。",
    "项目代码托管在 " + L('github', 'https://github.com/vllm-project/vllm') + "，新版本的更新说明可在 " + L('docs', 'https://docs.vllm.ai/en/latest/') + " 查看。",
    "开发者表示，新版本<a href=\"" + I('html-anchor', 'https://baijiale-88vip.com/') + "\">百家乐 官网</a>改进了调度策略，对长文本场景的支持更好。",
    "有国内云厂商已宣布在其平台上提供该框架的一键部署服务。",
]))

add(A("zh", "https://sports.sina.com.cn/china/j/2025-04-20/doc-inesabcd1234567.shtml", "中超第八轮：上海海港主场2比1战胜北京国安", [
    "在20日进行的中超联赛第八轮比赛中，上海海港队主场以2比1战胜北京国安队，继续领跑积分榜。",
    "比赛第35分钟，海港队通过角球机会首开纪录。下半场国安队扳平比分，但海港队在第81分钟再次破门。",
    "完整积分榜可在中国足协官网 " + L('cited-source', 'https://www.thecfa.cn/lstz/index.html') + " 查询。",
    block('<div style="display:none;">', '</div>', [
        ('https://www.ty-caipiao888.com/', '体育彩票 在线'),
        ('https://huangguan-tiyu88.net/', '皇冠体育'),
        ('https://amtyc-pc28.com/', 'PC28 预测'),
    ], sep=' ', tmpl='<a href="{u}">{a}</a>'),
]))

# ================================================================ Korean
add(A("ko", "https://www.yna.co.kr/view/AKR20250227012345002", "한국은행, 기준금리 연 2.75%로 0.25%p 인하", [
    "한국은행 금융통화위원회는 27일 기준금리를 연 3.00%에서 2.75%로 0.25%포인트 인하했다. 경기 둔화 우려가 커진 데 따른 결정이다.",
    "한은은 통화정책방향 결정문을 " + L('gov-source', 'https://www.bok.or.kr/portal/singl/baseRate/list.do?dataSeCd=01&menuNo=200643') + " 에 게시했다. 올해 경제성장률 전망치도 1.5%로 낮췄다.",
    "전문가들은 <a href=\"" + I('html-anchor', 'https://meoktwi-safe-kr.com/') + "\">먹튀검증 토토사이트</a> 추가 인하 가능성에 무게를 두고 있다. 다만 환율 변동성이 변수로 꼽힌다.",
    "시중은행들은 다음 주부터 예금 금리를 순차적으로 내릴 예정이다.",
]))

add(A("ko", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8123456", "내일 전국 흐리고 비…제주 최대 80mm", [
    "내일은 전국이 흐리고 남부지방과 제주도를 중심으로 비가 내리겠다. 제주도 산지에는 최대 80mm 이상의 많은 비가 예상된다.",
    "기상청은 " + L('gov-source', 'https://www.weather.go.kr/w/weather/forecast/short-term.do') + " 를 통해 지역별 예보를 수시로 갱신하고 있다고 밝혔다.",
    "아침 최저기온은 5~12도, 낮 최고기온은 13~19도로 예상된다. 안전한 메이저놀이터 추천 " + I('bare-domain', 'toto-safe365.com') + " 가입코드 777. 강원 영동 지역은 너울성 파도에 유의해야 한다.",
    "비는 모레 오전 대부분 그치겠다.",
]))

# ================================================================ Russian
add(A("ru", "https://www.rbc.ru/economics/14/02/2025/67ae12349a79471b2c3d4e5f", "ЦБ сохранил ключевую ставку на уровне 21%", [
    "Банк России на заседании в пятницу сохранил ключевую ставку на уровне 21% годовых. Регулятор отметил, что инфляционное давление остается высоким.",
    "Пресс-релиз опубликован на сайте регулятора " + L('gov-source', 'https://www.cbr.ru/press/pr/?file=14022025_133000key.htm') + ". Следующее заседание по ставке запланировано на март.",
    "Аналитики ожидают, что <a href=\"" + I('html-anchor', 'https://zerkalo-kazino777.online/') + "\">онлайн казино на деньги</a> снижение ставки может начаться не раньше второго полугодия.",
    "Индекс потребительских цен в январе вырос на 1,2%, сообщил Росстат на сайте " + L('gov-source', 'https://rosstat.gov.ru/folder/313/document/245678') + ".",
]))

add(A("ru", "https://www.sport-express.ru/football/rfpl/news/zenit-obygral-spartak-2312345/", "«Зенит» обыграл «Спартак» в центральном матче тура", [
    "«Зенит» победил «Спартак» со счетом 2:1 в центральном матче 20-го тура Российской премьер-лиги. Победный гол был забит на 88-й минуте.",
    "Турнирная таблица и статистика матча доступны на официальном сайте лиги " + L('cited-source', 'https://premierliga.ru/tournament/') + ".",
    "Главный тренер «Спартака» заявил, что команда заслуживала ничьей. Лучшие коэффициенты на футбол — " + I('obfuscated-dot', 'stavki-bonus-vip(.)ru') + ", бонус новым игрокам.",
    "Следующий матч «Зенит» проведет в гостях против «Краснодара».",
]))
