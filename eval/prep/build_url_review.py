#!/usr/bin/env python3
"""Builds tests/fixtures/urls-review/review.jsonl from the hand-written articles below: gleaner
records, each with `labels` (one per URL occurrence, in text order: `span`, `injected`, `kind`,
`lang`) and `residues` (spam anchor text or markup that should go with its link; not tested).

    python3 eval/prep/build_url_review.py

Written for an outside review of the URL classifier (2026-11-26), by someone who had read it, to
find shapes it had not seen; see tests/fixtures/urls-review/SOURCE.md.

Markup in the article texts:
  ⟦I|kind|span⟧  injected URL as written (span is what appears in the text)
  ⟦L|kind|span⟧  legitimate URL (or URL-like token) that must be kept
  ⟦A|text⟧       spam residue (anchor text, BBCode/HTML wrapper) that should disappear
                 together with the injected link; it is NOT a URL label.
Everything else is prose that must survive unchanged.
All spam host names are invented, inert test strings. Never fetch them.
"""
import json, re

ZW = "\u200b"; SHY = "\u00ad"; WJ = "\u2060"; ZWJ = "\u200d"

A = []  # (id, lang, url, title, text)

def art(i, lang, url, title, text):
    A.append((i, lang, url, title, text))

# ---------------------------------------------------------------- English
art("en-01", "en", "https://www.dailyharbor.com/business/port-expansion-approved",
    "Port expansion approved after two-year review",
    "The city council on Tuesday approved a $420 million expansion of the northern port, ending a two-year review that pitted shipping firms against residents of the waterfront.\n\n"
    "Council member Dana Okafor said the vote was close because the noise study arrived late. "
    "The full study is on the council's site at ⟦L|legit-gov-citation|https://www.portcity.gov/documents/noise-study-2024.pdf⟧ and runs to 212 pages.\n\n"
    "Opponents say the plan [⟦A|best online casino⟧](⟦I|inj-md-title|https://royalspin-palace.xyz/⟧ ⟦A|\"Top rated casino 2024\"⟧) ignores the traffic that new cranes will bring to the narrow coastal road.\n\n"
    "Related: ⟦L|legit-own-site|https://www.dailyharbor.com/local/waterfront-residents-meeting⟧")

art("en-02", "en", "https://news.northvalleytimes.com/2024/06/12/school-lunch",
    "Schools to expand free lunch program",
    "The district will expand its free lunch program to all elementary schools this autumn, officials said, after a pilot in six schools cut absences.\n\n"
    "Superintendent Maria Lopez told reporters the cost would be covered by a state grant. "
    "Parents who want to comment can do so before July 1 on the district site, ⟦L|legit-gov-citation|https://www.nvsd.k12.ca.us/board/comments⟧.\n\n"
    "The pilot results were first reported by our education desk (⟦L|legit-own-subdomain|https://education.northvalleytimes.com/pilot-lunch-results⟧) in March.\n\n"
    "[url=⟦I|inj-bbcode|https://essaypro-writers.online/⟧]⟦A|write my essay cheap⟧[/url] Many families said the program saved them up to $90 a month per child.")

art("en-03", "en", "https://www.techledger.io/ai/open-model-release",
    "Lab releases open weights for its new language model",
    "A research lab released the weights of a 7-billion-parameter language model on Monday, along with a technical report posted to arXiv at ⟦L|legit-science-citation|https://arxiv.org/abs/2406.01234⟧.\n\n"
    "The code is on GitHub (⟦L|legit-science-citation|https://github.com/openlab-research/tinylm⟧), and the authors say the model was trained on 2 trillion tokens. "
    "A related paper, ⟦L|legit-science-citation|https://doi.org/10.1145/3581783.3612345⟧, describes the data filtering.\n\n"
    "To run it, clone the repository, edit ⟦L|legit-filename|config.py⟧ and start ⟦L|legit-filename|serve.sh⟧; the ⟦L|legit-filename|README.md⟧ lists the GPU requirements. "
    "Boost your crypto gains with AI trading bots at ⟦I|inj-crypto|HTTPS://QUANTUMPROFIT-AI.COM⟧ and earn daily.\n\n"
    "Early testers said the model handles code well but struggles with long documents.")

art("en-04", "en", "https://www.midlandsgazette.co.uk/sport/football/everton-sponsor",
    "Everton extend shirt deal with betting sponsor",
    "Everton have extended their front-of-shirt sponsorship with ⟦L|legit-betting-report|Stake.com⟧ for two more seasons, the club confirmed, despite the Premier League's planned ban on gambling sponsors from 2026.\n\n"
    "The league's statement on the ban is at ⟦L|legit-betting-report|https://www.premierleague.com/news/3592123⟧, and the Gambling Commission's guidance is at ⟦L|legit-gambling-regulator|https://www.gamblingcommission.gov.uk/licensees-and-businesses/guide/advertising⟧.\n\n"
    "Campaigners from The Big Step (⟦L|legit-gambling-regulator|https://the-big-step.com⟧) called the extension \"deeply disappointing\".\n\n"
    "Betting on football is growing fast, and fans can get free bets at ⟦I|inj-bare-newtld|www.goalkings.bet⟧ every matchday before kick-off.")

art("en-05", "en", "https://www.capitalbusinessreview.com/markets/alphabet-earnings",
    "Alphabet beats forecasts on cloud growth",
    "Alphabet reported quarterly revenue of $84.7 billion, beating analyst forecasts, as its cloud division grew 28 per cent. The results were posted on the company's investor site, ⟦L|legit-company-own-site|https://abc.xyz/investor/⟧.\n\n"
    "Chief executive Sundar Pichai said on X (⟦L|legit-social-profile|https://x.com/sundarpichai⟧) that AI features now reach two billion users.\n\n"
    "Shares rose 6 per cent in after-hours trading. ⟦A|Need cash fast? Same day loans, no credit check:⟧ ⟦I|inj-loan|https://bit.ly/3xQuickCashNow⟧\n\n"
    "Analysts at the bank said the advertising business remained the main driver of profit.")

art("en-06", "en", "https://www.pharmawatchnews.com/regulation/fda-warning-letters",
    "FDA warns online sellers of unapproved weight-loss drugs",
    "The US Food and Drug Administration sent warning letters to 12 websites selling unapproved versions of semaglutide, the agency said on Thursday.\n\n"
    "The letters are published at ⟦L|legit-gov-citation|https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/compliance-actions-and-activities/warning-letters⟧, and the agency urged consumers to buy only from licensed pharmacies.\n\n"
    "Pfizer, which sells a rival drug, referred questions to its site ⟦L|legit-company-own-site|https://www.pfizer.com/news⟧.\n\n"
    "<div style=\"position:absolute;left:-9999px\">⟦A|<a href=\"⟦I|inj-hidden-css|https://meds-express-rx.store/tadalafil-20mg/⟧\">generic cialis no prescription</a>⟧ ⟦A|<a href=\"⟦I|inj-hidden-css|https://rxbestpharma.online/⟧\">buy ozempic online</a>⟧</div>\n\n"
    "Consumer groups welcomed the move but said enforcement was slow.")

art("en-07", "en", "https://www.localtribune.com/community/library-hours",
    "Library extends weekend hours",
    "The central library will open on Sundays from next month, the city said, after a petition signed by 3,000 residents.\n\n"
    "Head librarian Tom Reyes said the extra hours would be staffed by volunteers and paid for by a local foundation.\n\n"
    "The petition organiser, student Aisha Karim, posted the news on Instagram (⟦L|legit-social-profile|https://www.instagram.com/aishakarim.reads/⟧) and thanked the volunteers.\n\n"
    "The library also plans ⟦I|inj-bare-neutral|greenvalleyhomes.online⟧ a reading club for teenagers and a weekly coding workshop.")

art("en-08", "en", "https://www.globalsportswire.com/esports/worlds-final",
    "Underdogs win esports world final in Seoul",
    "A team ranked ninth at the start of the season won the world championship final in Seoul on Sunday, beating the defending champions 3-1 in front of 18,000 fans.\n\n"
    "The tournament organiser's recap is at ⟦L|legit-citation|https://lolesports.com/en-US/news/worlds-2024-final-recap⟧.\n\n"
    "Bet on every esports match with live odds ⟦I|inj-esports-betting|https://esportswin.gg/⟧ and get 100% deposit bonus today.\n\n"
    "The winning team's captain said the victory was for fans who had doubted them all year.\n\n"
    "The winning team's captain said this victory was for the supporters who ⟦I|inj-spun|https://gg-arena88.top/⟧ doubted them the whole year.")

art("en-09", "en", "https://www.healthdesknews.org/mental-health/gambling-addiction-rise",
    "Calls to gambling helpline double in two years",
    "Calls to the national gambling helpline have doubled since 2022, driven by young men betting on their phones, according to figures released on Wednesday.\n\n"
    "The charity GamCare (⟦L|legit-gambling-regulator|https://www.gamcare.org.uk/⟧) said online casino games and sports betting apps were the main problem. "
    "Its report, Gambling harms in young adults, is available at ⟦L|legit-gambling-regulator|https://www.gamcare.org.uk/news-and-blog/news/young-adults-report-2024/⟧.\n\n"
    "Researchers at the University of Bristol published a study on betting adverts, ⟦L|legit-science-citation|https://doi.org/10.1016/j.socscimed.2023.116123⟧, which found that adverts reach children.\n\n"
    "Anyone affected can call the helpline or visit ⟦L|legit-gambling-regulator|https://www.begambleaware.org⟧.")

art("en-10", "en", "https://www.coastalchronicle.com/weather/storm-warning",
    "Storm warning issued for coastal towns",
    "Forecasters issued a storm warning for coastal towns on Friday, predicting gusts of up to 90 km/h and heavy rain overnight.\n\n"
    "The weather service's live map is at ⟦L|legit-gov-citation|https://www.weather.gov/mfl/⟧ and residents were told to secure loose objects.\n\n"
    "Emergency shelters will open at ⟦I|inj-ip-host|http://185.212.47.19/⟧ the community centre and two schools from 6pm.\n\n"
    "Power company officials said crews were on standby.")

art("en-11", "en", "https://www.educationtoday.net/higher-ed/contract-cheating-law",
    "Country bans essay mills under new law",
    "Essay mills, companies that sell ready-written assignments to students, became illegal on Friday under a new law that carries fines of up to $50,000.\n\n"
    "The education ministry's guidance is at ⟦L|legit-gov-citation|https://www.education.gov.au/higher-education-integrity⟧, and the regulator TEQSA lists blocked sites at ⟦L|legit-gov-citation|https://www.teqsa.gov.au/about-us/news-and-events/latest-news⟧.\n\n"
    "Students under deadline pressure should see our partner [⟦A|essay writing service⟧](⟦I|inj-essay|https://topgradewriters.com/order⟧) for a plagiarism-free paper in 3 hours.\n\n"
    "Universities said the ban would help but warned that AI tools posed a bigger challenge.")

art("en-12", "en", "https://www.streetbeatmag.com/music/indie-band-tour",
    "Indie band announces world tour",
    "The indie band Paper Lanterns announced a 40-date world tour on Monday, starting in Lisbon in September and ending in Tokyo in December.\n\n"
    "Tickets go on sale Friday through the band's site ⟦L|legit-company-own-site|https://paperlanternsband.com/tour⟧. "
    "Singer Mia Tanaka thanked fans in a TikTok video (⟦L|legit-social-profile|https://www.tiktok.com/@miatanaka.music⟧).\n\n"
    "Grow your music career fast: buy real instagram followers and likes at [url]⟦I|inj-bbcode|https://instaboost-followers.shop/⟧[/url]\n\n"
    "The band's third album, released in March, reached number four in the UK charts.")

art("en-13", "en", "https://www.thecitypost.com/crime/online-casino-raid",
    "Police raid illegal online casino call centre",
    "Police raided an office building on Tuesday that they said housed the call centre of an illegal online casino, arresting 23 people.\n\n"
    "The police statement (⟦L|legit-gambling-report|https://www.police.gov.sg/media-room/news/20240611_illegal_online_gambling_syndicate⟧) said the group ran websites including ⟦L|legit-report-named-host|luckyempire88.com⟧, which was blocked last year.\n\n"
    "Officers seized 140 phones and $2 million in cash. The suspects face charges under the Gambling Control Act, the text of which is at ⟦L|legit-gambling-report|https://sso.agc.gov.sg/Act/GCA2022⟧.\n\n"
    "⟦A|<a style=\"display:none\" href=\"⟦I|inj-hidden-css|https://mega-jackpot-asia.vip/register⟧\">daftar slot</a>⟧")

art("en-14", "en", "https://www.financefocus.com/crypto/exchange-results",
    "Crypto exchange posts first profit in two years",
    "Coinbase reported its first quarterly profit in two years as bitcoin prices rose, the company said in a letter to shareholders posted on ⟦L|legit-company-own-site|https://investor.coinbase.com⟧.\n\n"
    "The US Securities and Exchange Commission, which sued the company last year, declined to comment. Its complaint is at ⟦L|legit-gov-citation|https://www.sec.gov/litigation/complaints/2023/comp-pr2023-102.pdf⟧.\n\n"
    "Double your bitcoin in 24 hours, guaranteed returns: ⟦I|inj-crypto|btc-doubler.top/invest⟧\n\n"
    "Analysts said retail trading volumes were still far below their 2021 peak.")

art("en-15", "en", "https://www.suburbanvoice.com/home/garden-tips",
    "Five tips for a drought-proof garden",
    "Gardeners facing another dry summer can cut water use by half with a few simple changes, experts say.\n\n"
    "Mulch beds in spring, water early in the morning and choose native plants, advises the Royal Horticultural Society, whose guide is at ⟦L|legit-citation|https://www.rhs.org.uk/garden-jobs/watering⟧.\n\n"
    "Collect rainwater in barrels, and group plants by their water needs. For garden loans visit ⟦I|inj-redirector|https://www.google.com/url?q=https://cepatcair-dana.xyz/&sa=D&ust=1718000000⟧ for more info.\n\n"
    "Finally, lawns can be left to go brown: they recover when the rain returns.")

art("en-16", "en", "https://www.tech-insider.news/security/router-flaw",
    "Millions of home routers exposed by login flaw",
    "A flaw in the firmware of a popular home router lets attackers log in without a password, researchers said, urging owners to update now.\n\n"
    "To check, open the admin page at ⟦L|legit-tech-ip|http://192.168.1.1⟧ and look at the firmware version under Settings. "
    "The vendor's advisory is at ⟦L|legit-company-own-site|https://www.tp-link.com/us/support/faq/3912/⟧.\n\n"
    "The researchers published proof-of-concept code on GitHub at ⟦L|legit-science-citation|https://github.com/secresearch-lab/router-auth-bypass⟧.\n\n"
    "Protect yourself with the best VPN deal, only $1.99 a month at ⟦I|inj-bare-newtld|securevpn-deals.click⟧ today.")

art("en-17", "en", "https://www.worldaffairsdaily.com/asia/scam-compounds",
    "Inside the scam compounds of Southeast Asia",
    "Hundreds of thousands of people have been trafficked into scam compounds in Myanmar, Cambodia and Laos, according to a UN report published in August.\n\n"
    "The report is at ⟦L|legit-gov-citation|https://www.ohchr.org/en/press-releases/2023/08/hundreds-thousands-trafficked-work-online-scammers-se-asia-says-un-report⟧. "
    "Victims described being forced to run fake crypto investment schemes and romance scams for 16 hours a day.\n\n"
    "One survivor, who asked not to be named, said the compound promoted a fake trading site called ⟦L|legit-report-named-host|goldenpeak-invest.com⟧ to victims.\n\n"
    "Interpol said it had rescued 2,500 people in a joint operation; its statement is at ⟦L|legit-gov-citation|https://www.interpol.int/en/News-and-Events/News/2023/INTERPOL-operation-reveals-further-insights-into-globalization-of-cyber-scam-centres⟧.")

art("en-18", "en", "https://www.foodandtravelmag.com/travel/kyoto-guide",
    "A weekend in Kyoto, off the beaten path",
    "Skip the crowds at the famous shrines and head north to Kurama, a mountain village an hour from central Kyoto by train.\n\n"
    "The Kyoto city tourism site (⟦L|legit-gov-citation|https://kyoto.travel/en/⟧) lists seasonal events, and the temple's own page is at ⟦L|legit-citation|https://www.kuramadera.or.jp/⟧.\n\n"
    "For dinner, try the tofu restaurants near Nanzen-ji. [![kyoto hotel deals](⟦I|inj-md-image|https://img.imgbox-cdn.xyz/k.png⟧)](⟦I|inj-md-image|https://hotelbooking-vip.xyz/?ref=kyoto88⟧)\n\n"
    "Autumn, when the maples turn red, is the busiest time, so book early.")

art("en-19", "en", "https://www.metro-ledger.com/politics/election-debate",
    "Candidates clash over housing in first debate",
    "The two candidates for mayor clashed over housing costs in their first televised debate on Wednesday night.\n\n"
    "Incumbent James Park said rents had stabilised, citing city data at ⟦L|legit-gov-citation|https://data.cityofmetro.gov/housing/rent-index⟧. "
    "Challenger Rosa Diaz disputed the figures in a post on Threads (⟦L|legit-social-profile|https://www.threads.net/@rosadiaz4mayor⟧).\n\n"
    "A fact-check by our partner newsroom, ⟦L|legit-news-citation|https://apnews.com/article/mayor-debate-housing-fact-check-8812⟧, found both claims partly accurate.\n\n"
    "Both candidates promised to build 10,000 homes. Visit "
    "⟦I|inj-split|h t t p s : / / slotmania777 . vip⟧ for a big jackpot.")

art("en-20", "en", "https://www.regionalnewsnet.com/economy/small-business-grants",
    "Small businesses get new grant scheme",
    "Small businesses with fewer than 20 employees can apply for grants of up to $15,000 from next week, the state government announced.\n\n"
    "Applications open on the state portal, ⟦L|legit-gov-citation|https://www.business.vic.gov.au/grants-and-programs/small-business-support⟧, and close on 30 September.\n\n"
    "Local bakery owner Chris Ng said on LinkedIn (⟦L|legit-social-profile|https://www.linkedin.com/in/chris-ng-bakery/⟧) that the grant would let him hire two apprentices.\n\n"
    "Links: ⟦I|inj-footer-plain|https://casinoroyale-bonus.online/⟧ | ⟦I|inj-footer-plain|https://paydayfast.loan/⟧ | ⟦I|inj-footer-plain|https://best-seo-backlinks.site/⟧ | ⟦I|inj-footer-plain|https://hot-dating-asia.club/⟧")

# ---------------------------------------------------------------- Indonesian
art("id-01", "id", "https://www.kabarnusantara.co.id/nasional/banjir-bekasi",
    "Banjir Rendam Ratusan Rumah di Bekasi",
    "Hujan deras sejak Minggu malam membuat ratusan rumah di Kecamatan Bekasi Utara terendam banjir hingga ketinggian satu meter.\n\n"
    "Badan Penanggulangan Bencana Daerah (BPBD) mencatat 412 keluarga mengungsi. Data lengkap dapat dilihat di laman ⟦L|legit-gov-citation|https://bpbd.bekasikota.go.id/data-bencana-2024⟧.\n\n"
    "Warga berharap pemerintah segera [url=⟦I|inj-bbcode|https://gacor-maxwin88.vip/⟧]⟦A|situs slot gacor⟧[/url] memperbaiki saluran air yang tersumbat sampah.\n\n"
    "Baca juga: ⟦L|legit-own-subdomain|https://megapolitan.kabarnusantara.co.id/banjir-jakarta-timur⟧")

art("id-02", "id", "https://www.warta-ekonomi-harian.com/keuangan/ojk-pinjol-ilegal",
    "OJK Blokir 537 Pinjol Ilegal Sepanjang Semester I",
    "Otoritas Jasa Keuangan (OJK) bersama Satgas PASTI memblokir 537 entitas pinjaman online ilegal sepanjang semester pertama tahun ini.\n\n"
    "Daftar pinjol legal yang berizin dapat dicek di situs resmi OJK ⟦L|legit-gambling-report|https://ojk.go.id/id/kanal/iknb/financial-technology/Default.aspx⟧. "
    "Masyarakat yang menjadi korban dapat melapor ke kontak 157 atau ⟦L|legit-gambling-report|https://kontak157.ojk.go.id⟧.\n\n"
    "Salah satu aplikasi legal, Kredivo, menyatakan di laman ⟦L|legit-company-own-site|https://kredivo.id/tentang-kami⟧ bahwa pihaknya mendukung langkah tersebut.\n\n"
    "Butuh dana cepat cair tanpa BI checking? Hubungi ⟦I|inj-messaging|https://wa.me/6281299887766⟧ ⟦A|pinjaman cepat langsung cair⟧ hari ini juga.")

art("id-03", "id", "https://www.suaraborneo-online.com/olahraga/persib-juara",
    "Persib Juara Liga 1 Setelah Kalahkan Madura United",
    "Persib Bandung memastikan gelar juara Liga 1 setelah menang 3-1 atas Madura United di Stadion Si Jalak Harupat, Jumat malam.\n\n"
    "Pelatih Bojan Hodak mengucapkan terima kasih kepada Bobotoh lewat akun Instagram resmi klub, ⟦L|legit-social-profile|https://www.instagram.com/persib/⟧.\n\n"
    "Jadwal lengkap dan klasemen akhir bisa dilihat di ⟦L|legit-citation|https://www.ligaindonesiabaru.com/table/index/BRI_LIGA_1_2023-24⟧.\n\n"
    "Persib kini mengoleksi tiga gelar ⟦I|inj-bare-neutral|kopisusubandung.shop⟧ juara liga di era Indonesia modern.")

art("id-04", "id", "https://news.jabarekspres-digital.com/hukum/judi-online-bandung",
    "Polisi Tangkap 12 Admin Judi Online di Bandung",
    "Polda Jawa Barat menangkap 12 orang yang diduga menjadi admin situs judi online dalam penggerebekan di sebuah rumah kos di Bandung.\n\n"
    "Menurut keterangan resmi di ⟦L|legit-gambling-report|https://humas.polri.go.id/2024/06/10/polda-jabar-ungkap-jaringan-judi-online/⟧, para pelaku mengelola 30 situs, di antaranya ⟦L|legit-report-named-host|jagoanslot77.com⟧ dan sejumlah domain lain.\n\n"
    "Kementerian Komunikasi dan Digital meminta masyarakat melaporkan situs judi melalui ⟦L|legit-gambling-report|https://aduankonten.id⟧.\n\n"
    "Para pelaku dijerat pasal 303 KUHP tentang perjudian dengan ancaman 10 tahun penjara.")

art("id-05", "id", "https://www.detakjatim-news.com/pendidikan/ppdb",
    "PPDB SMA Jatim Dibuka Pekan Depan",
    "Pendaftaran Peserta Didik Baru (PPDB) SMA negeri di Jawa Timur dibuka pekan depan melalui jalur zonasi, afirmasi dan prestasi.\n\n"
    "Calon siswa dapat mendaftar di ⟦L|legit-gov-citation|https://ppdbjatim.net⟧, sedangkan juknis lengkap tersedia di laman Dinas Pendidikan ⟦L|legit-gov-citation|https://dindik.jatimprov.go.id/ppdb-2024⟧.\n\n"
    "Kepala Dinas Pendidikan mengingatkan orang tua agar tidak percaya calo. "
    "Info ⟦A|link slot gacor hari ini⟧ klik [1]\n\n"
    "[1]: ⟦I|inj-md-reference|https://rtpslot-live.cfd/⟧\n\n"
    "Pengumuman hasil seleksi dijadwalkan pada 28 Juni.")

art("id-06", "id", "https://www.portalbali-today.com/wisata/nyepi",
    "Bandara Ngurah Rai Tutup Selama Nyepi",
    "Bandara I Gusti Ngurah Rai akan ditutup selama 24 jam pada Hari Raya Nyepi, Senin pekan depan, sesuai surat edaran Gubernur Bali.\n\n"
    "Pengelola bandara, Angkasa Pura, mengumumkan jadwal penutupan di situs resminya ⟦L|legit-company-own-site|https://www.ayoangkasapura.com⟧.\n\n"
    "Wisatawan diminta tetap berada di hotel. Untuk promo hotel murah ⟦A|klik disini⟧ ⟦I|inj-shortener-newtld|https://s.id/promo-villa88⟧\n\n"
    "Selama Nyepi, seluruh aktivitas di luar rumah dihentikan dan lampu dipadamkan.")

art("id-07", "id", "https://www.infosehat-harian.id/kesehatan/obat-ilegal",
    "BPOM Sita Obat Kuat Ilegal Senilai Rp 2 Miliar",
    "Badan Pengawas Obat dan Makanan (BPOM) menyita ribuan kemasan obat kuat ilegal senilai Rp 2 miliar dari sebuah gudang di Tangerang.\n\n"
    "Kepala BPOM mengatakan produk tersebut dijual melalui media sosial. Daftar produk berbahaya diumumkan di ⟦L|legit-gambling-report|https://www.pom.go.id/berita/bpom-temukan-obat-tradisional-mengandung-bahan-kimia-obat⟧.\n\n"
    "Masyarakat juga dapat mengecek nomor izin edar melalui aplikasi BPOM Mobile atau ⟦L|legit-gov-citation|https://cekbpom.pom.go.id⟧.\n\n"
    "<span style=\"font-size:0\">⟦A|<a href=\"⟦I|inj-hidden-css|https://obatkuat-original.shop/vimax⟧\">jual obat kuat pria</a>⟧</span> Pelaku terancam hukuman 12 tahun penjara.")

art("id-08", "id", "https://www.kotabaru-pos.com/ekonomi/umkm-kopi",
    "UMKM Kopi Lokal Tembus Pasar Jepang",
    "Sebuah usaha kopi rumahan di Temanggung berhasil mengekspor 5 ton kopi arabika ke Jepang tahun ini.\n\n"
    "Pemilik usaha, Siti Rahma, mengatakan pesanan datang setelah produknya tampil di pameran. Produknya juga dijual di ⟦L|legit-company-own-site|https://kopitemanggungrahma.com⟧ dan Tokopedia.\n\n"
    "Siti membagikan proses produksinya di YouTube ⟦L|legit-social-profile|https://www.youtube.com/@kopirahma⟧.\n\n"
    "Siti mengatakan, pesanan tiba sesudah produk miliknya ⟦I|inj-spun|https://naga-hoki.xyz⟧ muncul dalam pameran dagang internasional.")

art("id-09", "id", "https://www.beritaterkini-nusa.com/teknologi/komdigi-blokir",
    "Komdigi Takedown 2 Juta Konten Judi Online",
    "Kementerian Komunikasi dan Digital (Komdigi) telah memutus akses lebih dari 2 juta konten judi online sejak Juli 2023.\n\n"
    "Menteri mengatakan pemblokiran diumumkan berkala di ⟦L|legit-gambling-report|https://www.komdigi.go.id/berita/pengumuman/detail/pemutusan-akses-konten-judi-online⟧. "
    "Modus terbaru adalah menyisipkan tautan judi ke situs pemerintah dan kampus, seperti yang menimpa laman ⟦L|legit-report-named-host|lppm.univ-contoh.ac.id⟧ bulan lalu.\n\n"
    "Polri juga memblokir rekening yang terkait. Data PPATK tersedia di ⟦L|legit-gambling-report|https://www.ppatk.go.id/news/read/1350/ppatk-judi-online.html⟧.\n\n"
    "Masyarakat diminta tidak tergoda iklan judi di media sosial.")

art("id-10", "id", "https://www.harianlampung-online.com/daerah/jalan-rusak",
    "Warga Tanam Pisang di Jalan Rusak",
    "Warga Desa Sukamaju menanam pohon pisang di tengah jalan kabupaten yang rusak parah sebagai bentuk protes kepada pemerintah daerah.\n\n"
    "Kepala desa mengatakan jalan itu sudah lima tahun tidak diperbaiki meski menjadi jalur utama angkutan hasil bumi.\n\n"
    "Warga berharap bupati ⟦I|inj-uppercase-bare|SLOTGACOR88.COM⟧ segera datang meninjau lokasi dan menganggarkan perbaikan.\n\n"
    "Dinas PUPR mengatakan perbaikan dijadwalkan tahun depan.")

art("id-11", "id", "https://www.inforakyat-daily.com/hiburan/konser",
    "Konser Dewa 19 di GBK Dihadiri 60 Ribu Penonton",
    "Konser reuni Dewa 19 di Stadion Utama Gelora Bung Karno, Sabtu malam, dihadiri sekitar 60 ribu penonton dari berbagai daerah.\n\n"
    "Ahmad Dhani menyapa penggemar lewat akun X ⟦L|legit-social-profile|https://x.com/AHMADDHANIPRAST⟧ sebelum konser.\n\n"
    "Promotor mengatakan tiket terjual habis dalam dua jam melalui ⟦L|legit-company-own-site|https://www.loket.com/event/dewa19-gbk⟧.\n\n"
    "Penonton  ⟦I|inj-zw-softhyphen|https://slot" + SHY + "gacor" + SHY + "88.com/⟧  memadati area stadion sejak sore hari.")

art("id-12", "id", "https://www.jurnalkampus-news.com/pendidikan/beasiswa",
    "Beasiswa LPDP 2024 Dibuka, Ini Syaratnya",
    "Lembaga Pengelola Dana Pendidikan (LPDP) membuka pendaftaran beasiswa tahap pertama tahun 2024 untuk jenjang magister dan doktoral.\n\n"
    "Pendaftaran dilakukan melalui ⟦L|legit-gov-citation|https://beasiswalpdp.kemenkeu.go.id⟧ hingga akhir bulan. Panduan lengkap bisa diunduh di ⟦L|legit-shortener-official|https://bit.ly/PanduanLPDP2024⟧.\n\n"
    "Butuh bantuan? ⟦A|Jasa joki skripsi dan tesis murah, terpercaya:⟧ ⟦I|inj-essay|jokiskripsi-express.com⟧\n\n"
    "LPDP menegaskan tidak memungut biaya apa pun dalam proses seleksi.")

art("id-13", "id", "https://www.bolaindonesia-live.com/liga-inggris/arsenal",
    "Arsenal Tundukkan Chelsea 2-0",
    "Arsenal mengalahkan Chelsea 2-0 di Emirates Stadium, Minggu, berkat gol Bukayo Saka dan Kai Havertz.\n\n"
    "Hasil ini membuat Arsenal kembali ke puncak klasemen Liga Inggris, seperti dilansir dari ⟦L|legit-news-citation|https://www.bbc.com/sport/football/68888888⟧.\n\n"
    "Pasang taruhan bola online terpercaya di ⟦I|inj-telegram|https://t.me/agenbola_resmi88⟧ ⟦A|dapatkan bonus new member 100%⟧\n\n"
    "Mikel Arteta memuji disiplin pemainnya sepanjang laga.")

art("id-14", "id", "https://www.kabarjateng-kini.com/daerah/pasar-tradisional",
    "Revitalisasi Pasar Johar Rampung",
    "Revitalisasi Pasar Johar di Semarang rampung setelah tiga tahun dan kini menampung 1.200 pedagang.\n\n"
    "Wali Kota Semarang meresmikan pasar tersebut pada Senin pagi. Informasi lengkap ada di situs Pemkot ⟦L|legit-gov-citation|https://semarangkota.go.id/p/berita/pasar-johar⟧.\n\n"
    "Para pedagang mengaku senang karena ⟦I|inj-protocol-relative|//bandartoto-resmi.club/⟧ kios baru lebih bersih dan terang.\n\n"
    "Pemkot juga menyiapkan area parkir untuk 300 kendaraan.")

art("id-15", "id", "https://www.nusantaratekno.com/gadget/hp-baru",
    "Ponsel Lipat Baru Meluncur di Indonesia",
    "Samsung meluncurkan ponsel lipat terbarunya di Indonesia dengan harga mulai Rp 17 juta. Spesifikasi lengkap tersedia di ⟦L|legit-company-own-site|https://www.samsung.com/id/smartphones/galaxy-z-fold6/⟧.\n\n"
    "Pembeli pertama mendapat bonus perangkat wearable. Pre-order dibuka di ⟦L|legit-company-own-site|https://shopee.co.id/samsung-official⟧.\n\n"
    "Mau HP gratis? Main di ⟦I|inj-obf-dotword|hokiwin88 dot com⟧ ⟦A|deposit pulsa tanpa potongan⟧ sekarang juga.\n\n"
    "Pengamat menilai harga ponsel lipat masih terlalu tinggi bagi pasar Indonesia.")

art("id-16", "id", "https://www.beritapagi-indo.com/nasional/mudik",
    "Pemudik Diprediksi Capai 190 Juta Orang",
    "Kementerian Perhubungan memprediksi jumlah pemudik Lebaran tahun ini mencapai 190 juta orang, naik dari tahun lalu.\n\n"
    "Informasi rekayasa lalu lintas dapat dipantau di ⟦L|legit-gov-citation|https://korlantas.polri.go.id⟧ dan akun X @NTMC_POLRI.\n\n"
    "Pemudik disarankan berangkat lebih awal untuk menghindari puncak arus.\n\n"
    "<a href=\"⟦I|inj-html-entity|https&#58;&#47;&#47;jpslot-gacor.top/⟧\">⟦A|slot gacor⟧</a> <a href=\"⟦I|inj-html-entity|&#104;&#116;&#116;&#112;&#115;://togelhk-resmi.vip/⟧\">⟦A|togel hari ini⟧</a>")

art("id-17", "id", "https://www.harianriau-news.com/lingkungan/karhutla",
    "Titik Panas di Riau Meningkat",
    "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mendeteksi 87 titik panas di Riau dalam sepekan terakhir.\n\n"
    "Data titik panas diperbarui setiap hari di ⟦L|legit-gov-citation|https://www.bmkg.go.id/cuaca/titik-panas.bmkg⟧ dan di situs KLHK ⟦L|legit-gov-citation|https://sipongi.menlhk.go.id⟧.\n\n"
    "Warga diminta tidak membakar lahan. Kunjungi juga ⟦I|inj-split|https ://ww w.slot-kamboja.xyz⟧ untuk info terbaru.\n\n"
    "Satgas karhutla telah menyiagakan helikopter water bombing.")

art("id-18", "id", "https://www.kabarsumut-digital.com/ekonomi/harga-cabai",
    "Harga Cabai di Medan Tembus Rp 90 Ribu",
    "Harga cabai merah di pasar tradisional Medan tembus Rp 90 ribu per kilogram akibat cuaca buruk yang mengganggu panen.\n\n"
    "Data harga harian bisa dipantau di Panel Harga Badan Pangan ⟦L|legit-gov-citation|https://panelharga.badanpangan.go.id⟧.\n\n"
    "Pedagang mengatakan pembeli berkurang ⟦I|inj-ip-host|http://103.152.118.77:8080/daftar⟧ hingga separuh dibanding bulan lalu.\n\n"
    "Pemprov berencana menggelar operasi pasar pekan depan.")

art("id-19", "id", "https://www.pikiranjabar-online.com/gaya-hidup/kuliner",
    "Lima Kuliner Legendaris di Bogor",
    "Bogor dikenal dengan kuliner legendaris seperti soto kuning, toge goreng, dan asinan yang sudah ada sejak puluhan tahun.\n\n"
    "Salah satunya Soto Kuning Pak Yusup, yang membagikan menu di Instagram ⟦L|legit-social-profile|https://instagram.com/sotokuningpakyusup⟧.\n\n"
    "Baca juga: ⟦L|legit-own-site|https://www.pikiranjabar-online.com/gaya-hidup/kuliner-bandung⟧\n\n"
    "Baca juga: [⟦A|Bocoran RTP slot gacor malam ini⟧](⟦I|inj-md-cue|https://www.pikiranjabar-online.com.rtp-live88.xyz/⟧)")

art("id-20", "id", "https://www.infobisnis-harian.com/korporasi/bank-laba",
    "Laba Bank BRI Naik 12 Persen",
    "PT Bank Rakyat Indonesia (Persero) Tbk membukukan laba bersih Rp 29 triliun pada semester pertama, naik 12 persen dibanding periode yang sama tahun lalu.\n\n"
    "Laporan keuangan dipublikasikan di ⟦L|legit-company-own-site|https://bri.co.id/laporan-keuangan⟧ dan di ⟦L|legit-gov-citation|https://www.idx.co.id/id/perusahaan-tercatat/laporan-keuangan-dan-tahunan⟧.\n\n"
    "Direktur utama BRI mengatakan pertumbuhan didorong kredit UMKM.\n\n"
    "⟦A|Link alternatif BRI:⟧ ⟦I|inj-homoglyph-brand|https://brі-rtpslot.com/⟧")

art("id-21", "id", "https://www.metropolitan-kabar.com/kriminal/penipuan-investasi",
    "Korban Investasi Bodong Lapor Polisi",
    "Puluhan korban investasi bodong berkedok robot trading melapor ke Polda Metro Jaya setelah kehilangan total Rp 15 miliar.\n\n"
    "Kuasa hukum korban mengatakan para pelaku menjanjikan keuntungan 5 persen per hari. Satgas Waspada Investasi telah memasukkan platform itu ke daftar ilegal di ⟦L|legit-gambling-report|https://sikapiuangmu.ojk.go.id/FrontEnd/AlertPortal/Negative⟧.\n\n"
    "Polisi masih memburu dua tersangka utama.\n\n"
    "Mau cuan harian 5%? Gabung robot trading terbaik ⟦I|inj-crypto|https://linktr.ee/robotcuan.id⟧ ⟦A|profit pasti⟧")

art("id-22", "id", "https://www.seputarjogja-news.com/budaya/sekaten",
    "Sekaten Kembali Digelar di Alun-Alun Utara",
    "Tradisi Sekaten kembali digelar di Alun-Alun Utara Yogyakarta setelah sempat absen karena pandemi.\n\n"
    "Kraton Yogyakarta mengumumkan jadwal acara melalui situs resmi ⟦L|legit-gov-citation|https://www.kratonjogja.id/peristiwa⟧.\n\n"
    "Ribuan warga memadati alun-alun. Sekaten juga diramaikan pasar malam dan wahana permainan anak. "
    "Sekaten juga dimeriahkan pasar malam, wahana permainan anak, serta ⟦I|inj-spun|www.jogjaplay88.online⟧ berbagai hiburan rakyat hingga larut malam.\n\n"
    "Pengunjung diminta menjaga kebersihan.")

art("id-23", "id", "https://www.kabarpapua-terkini.com/daerah/pemilu",
    "KPU Papua Tetapkan Hasil Rekapitulasi",
    "Komisi Pemilihan Umum (KPU) Provinsi Papua menetapkan hasil rekapitulasi suara pemilihan legislatif dalam rapat pleno terbuka di Jayapura.\n\n"
    "Hasil lengkap dapat dilihat di ⟦L|legit-gov-citation|https://pemilu2024.kpu.go.id⟧.\n\n"
    "Ketua KPU Papua mengatakan proses berjalan lancar meski ada keberatan dari dua partai.\n\n"
    "<p style=\"color:#ffffff;font-size:1px\">⟦A|<a href=\"⟦I|inj-hidden-css|https://www.kpu-papua-prov.go.id.gacor-slot.icu/⟧\">Situs Toto</a>⟧ ⟦A|<a href=\"⟦I|inj-hidden-css|https://sman1-jayapura.sch.id/wp-content/uploads/slot-thailand/⟧\">Slot Thailand</a>⟧</p>")

art("id-24", "id", "https://www.tribunkalimantan-online.com/ekonomi/ikn",
    "Investor Asing Lirik IKN",
    "Otorita Ibu Kota Nusantara (IKN) menyebut 15 investor asing telah menyatakan minat menanamkan modal di IKN.\n\n"
    "Kepala Otorita IKN menjelaskan rencana tersebut dalam konferensi pers yang disiarkan di ⟦L|legit-social-profile|https://www.youtube.com/watch?v=ikn2024pers⟧.\n\n"
    "Dokumen rencana induk dapat diunduh di ⟦L|legit-gov-citation|https://www.ikn.go.id/storage/rencana-induk.pdf⟧.\n\n"
    "Investor juga tertarik pada sektor energi ⟦I|inj-playstore|https://play.google.com/store/apps/details?id=com.pinjamancepat.cairkilat⟧ dan pendidikan tinggi.")

art("id-25", "id", "https://www.liputanbanten-news.com/peristiwa/kebakaran",
    "Kebakaran Gudang di Tangerang",
    "Kebakaran melanda sebuah gudang plastik di kawasan industri Tangerang, Selasa siang. Tidak ada korban jiwa dalam peristiwa itu.\n\n"
    "Dinas Pemadam Kebakaran mengerahkan 15 unit mobil pemadam. Kepala Damkar mengatakan api diduga berasal dari korsleting listrik.\n\n"
    "Kerugian ditaksir mencapai Rp 3 miliar.\n\n"
    "Rekomendasi: ⟦I|inj-footer-plain|nagatoto88.com⟧ · ⟦I|inj-footer-plain|hoki303.net⟧ · ⟦I|inj-footer-plain|pinjamandana-kilat.id⟧ · ⟦I|inj-footer-plain|obatkuatmurah.shop⟧")

# ---------------------------------------------------------------- Vietnamese
art("vi-01", "vi", "https://vnexpress.net/thoi-su/bao-so-3-do-bo-4770000.html",
    "Bão số 3 đổ bộ vào các tỉnh ven biển",
    "Bão số 3 đã đổ bộ vào các tỉnh ven biển miền Bắc chiều nay với sức gió mạnh cấp 12, gây mưa lớn trên diện rộng.\n\n"
    "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia cập nhật tin bão tại ⟦L|legit-gov-citation|https://nchmf.gov.vn/Kttv/vi-VN/1/index.html⟧.\n\n"
    "Bản tin tiếng Anh có tại ⟦L|legit-own-subdomain|https://e.vnexpress.net/news/news/typhoon-yagi-makes-landfall-4790000.html⟧.\n\n"
    "Người dân được khuyến cáo ⟦I|inj-bare-neutral|nhacaiuytin.vip⟧ không ra ngoài khi bão đang đi qua.")

art("vi-02", "vi", "https://tuoitre.vn/cong-an-triet-pha-duong-day-danh-bac-online-2024061012345.htm",
    "Công an triệt phá đường dây đánh bạc online nghìn tỷ",
    "Bộ Công an vừa triệt phá đường dây đánh bạc qua mạng với tổng số tiền giao dịch hơn 1.000 tỷ đồng, bắt giữ 15 đối tượng.\n\n"
    "Theo thông tin trên ⟦L|legit-gambling-report|https://bocongan.gov.vn/tin-tuc-su-kien/trang-tin-cong-an-cac-dia-phuong/triet-pha-duong-day-danh-bac-online.html⟧, các đối tượng điều hành nhiều trang cá cược bóng đá.\n\n"
    "Cơ quan điều tra cảnh báo người dân không tham gia các trang web cá cược trái phép.\n\n"
    "Tham gia cá cược bóng đá uy tín tại ⟦I|inj-vi-betting|https://nhà-cái-uy-tín.com/⟧ ⟦A|nhận thưởng 200%⟧")

art("vi-03", "vi", "https://thanhnien.vn/kinh-te/gia-vang-tang-manh-185240610.htm",
    "Giá vàng tăng mạnh phiên đầu tuần",
    "Giá vàng miếng SJC tăng mạnh trong phiên giao dịch đầu tuần, lên mức 90 triệu đồng mỗi lượng.\n\n"
    "Ngân hàng Nhà nước công bố tỷ giá tham khảo tại ⟦L|legit-gov-citation|https://www.sbv.gov.vn/webcenter/portal/vi/menu/trangchu/tg⟧.\n\n"
    "Vay tiền nhanh online, giải ngân trong 5 phút: ⟦I|inj-vi-loan|https://vaytiennhanh247.online/⟧\n\n"
    "Các chuyên gia cho rằng giá vàng sẽ còn biến động trong thời gian tới.")

art("vi-04", "vi", "https://dantri.com.vn/the-thao/viet-nam-thang-indonesia-20240611.htm",
    "Việt Nam thắng Indonesia ở vòng loại World Cup",
    "Đội tuyển Việt Nam đã giành chiến thắng 2-0 trước Indonesia ở lượt trận thứ năm vòng loại World Cup 2026 tại sân Mỹ Đình.\n\n"
    "Liên đoàn Bóng đá Việt Nam đăng tải thông tin trên trang Facebook chính thức ⟦L|legit-social-profile|https://www.facebook.com/VFF.Official⟧.\n\n"
    "Soi kèo, tỷ lệ kèo nhà cái hôm nay tại [url=⟦I|inj-bbcode|https://keonhacai5.bet/⟧]⟦A|kèo nhà cái⟧[/url] cập nhật liên tục.\n\n"
    "Huấn luyện viên trưởng khen ngợi tinh thần thi đấu của các cầu thủ.")

art("vi-05", "vi", "https://znews.vn/cong-nghe/ung-dung-ai-viet-post1500000.html",
    "Startup Việt ra mắt trợ lý AI tiếng Việt",
    "Một startup tại TP.HCM vừa ra mắt trợ lý trí tuệ nhân tạo hỗ trợ tiếng Việt, được huấn luyện trên 500 tỷ token dữ liệu.\n\n"
    "Mô hình được công bố trên ⟦L|legit-science-citation|https://huggingface.co/vinai/phobert-base⟧ và bài báo khoa học tại ⟦L|legit-science-citation|https://arxiv.org/abs/2003.00744⟧.\n\n"
    "Thông tin thêm về dự án có trên ⟦L|legit-citation|https://vi.wikipedia.org/wiki/Tr%C3%AD_tu%E1%BB%87_nh%C3%A2n_t%E1%BA%A1o⟧.\n\n"
    "Người sáng lập cho biết công ty ⟦I|inj-zw-softhyphen|https://taixiu" + ZW + "online.club/⟧ sẽ mở API miễn phí cho sinh viên.")

art("vi-06", "vi", "https://laodong.vn/xa-hoi/tuyen-sinh-dai-hoc-2024-1350000.ldo",
    "Thí sinh bắt đầu đăng ký xét tuyển đại học",
    "Từ hôm nay, thí sinh cả nước bắt đầu đăng ký nguyện vọng xét tuyển đại học trên hệ thống của Bộ Giáo dục và Đào tạo.\n\n"
    "Thí sinh đăng ký tại ⟦L|legit-gov-citation|https://thisinh.thitotnghiepthpt.edu.vn⟧ và xem hướng dẫn tại ⟦L|legit-gov-citation|https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx⟧.\n\n"
    "Dịch vụ viết luận văn, làm bài tập thuê giá rẻ ⟦I|inj-essay|lamluanvanthue.xyz⟧ uy tín.\n\n"
    "Hạn chót đăng ký là ngày 30 tháng 7.")

# ---------------------------------------------------------------- Portuguese
art("pt-01", "pt", "https://g1.globo.com/economia/noticia/2024/06/10/bets-regulamentacao.ghtml",
    "Governo publica regras para as bets",
    "O Ministério da Fazenda publicou nesta segunda-feira as regras finais para as empresas de apostas esportivas, as chamadas bets, que passam a valer em janeiro.\n\n"
    "As portarias estão disponíveis em ⟦L|legit-gambling-report|https://www.gov.br/fazenda/pt-br/assuntos/noticias/2024/junho/fazenda-publica-portaria-sobre-apostas⟧. "
    "A lista de empresas autorizadas está em ⟦L|legit-gambling-report|https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas⟧.\n\n"
    "O ge (⟦L|legit-own-subdomain|https://ge.globo.com/futebol/⟧) mostrou que 19 dos 20 clubes da Série A têm patrocínio de bets.\n\n"
    "Jogue o jogo do tigrinho e ganhe dinheiro real ⟦I|inj-pt-gambling|https://fortunetiger-pix.bet/⟧ ⟦A|bônus de cadastro⟧")

art("pt-02", "pt", "https://www.publico.pt/2024/06/11/local/noticia/obras-metro-lisboa-2093000",
    "Obras do metro de Lisboa atrasam mais um ano",
    "As obras de expansão da linha vermelha do metro de Lisboa vão atrasar mais um ano, admitiu a empresa nesta terça-feira.\n\n"
    "O Metropolitano de Lisboa explica o novo calendário em ⟦L|legit-company-own-site|https://www.metrolisboa.pt/institucional/expansao/⟧.\n\n"
    "Moradores de Alcântara queixam-se ⟦I|inj-bare-newtld|www.casadeapostas-pt.online⟧ do ruído e do pó causados pelas obras.\n\n"
    "A Câmara Municipal promete reforçar a fiscalização.")

art("pt-03", "pt", "https://www.folhadoparana-noticias.com.br/saude/dengue",
    "Casos de dengue caem 40% no Paraná",
    "Os casos de dengue no Paraná caíram 40% em relação ao mesmo período do ano passado, segundo boletim da Secretaria da Saúde.\n\n"
    "O boletim completo está em ⟦L|legit-gov-citation|https://www.saude.pr.gov.br/Pagina/Dengue⟧.\n\n"
    "Comprar remédio para emagrecer sem receita: ⟦I|inj-pharma|https://farmacia-sem-receita.shop/ozempic⟧\n\n"
    "A secretaria recomenda eliminar água parada em vasos e pneus.")

art("pt-04", "pt", "https://www.esportebrasil-hoje.com.br/futebol/flamengo",
    "Flamengo vence clássico e assume liderança",
    "O Flamengo venceu o Fluminense por 2 a 1 no Maracanã e assumiu a liderança do Campeonato Brasileiro.\n\n"
    "O clube, patrocinado pela casa de apostas Pixbet, comemorou a vitória no Instagram (⟦L|legit-social-profile|https://www.instagram.com/flamengo/⟧).\n\n"
    "A CBF divulgou a tabela atualizada em ⟦L|legit-citation|https://www.cbf.com.br/futebol-brasileiro/competicoes/campeonato-brasileiro-serie-a/2024⟧.\n\n"
    "Aposte agora e receba R$ 50 grátis: ⟦I|inj-redirector|https://l.facebook.com/l.php?u=https%3A%2F%2Fpixbet-bonus.vip%2F&h=AT0x⟧")

# ---------------------------------------------------------------- Spanish
art("es-01", "es", "https://elpais.com/economia/2024-06-10/la-inflacion-baja.html",
    "La inflación baja al 3,2% en mayo",
    "La inflación bajó al 3,2% en mayo, según el dato adelantado publicado este lunes por el Instituto Nacional de Estadística.\n\n"
    "El INE publica la serie completa en ⟦L|legit-gov-citation|https://www.ine.es/daco/daco42/daco421/ipc0524.pdf⟧.\n\n"
    "El Gobierno atribuye la bajada a los precios de la energía. Más análisis en ⟦L|legit-own-site|https://elpais.com/economia/⟧.\n\n"
    "Préstamos rápidos sin papeleos y sin aval en ⟦I|inj-es-loan|prestamos-rapidos24.online⟧, dinero en 10 minutos.")

art("es-02", "es", "https://www.diariodeportivo-mx.com/futbol/liga-mx-final",
    "América conquista la Liga MX",
    "El América se coronó campeón de la Liga MX tras vencer 2-1 al Cruz Azul en el Estadio Azteca.\n\n"
    "La Liga MX publicó el resumen en ⟦L|legit-citation|https://ligamx.net/cancha/partido/95123⟧ y en su cuenta de X ⟦L|legit-social-profile|https://x.com/LigaBBVAMX⟧.\n\n"
    "Apuesta en vivo con las mejores cuotas en ⟦I|inj-es-betting|https://apuestas-mx.casino/⟧ y gana hoy.\n\n"
    "La afición celebró en el Ángel de la Independencia hasta la madrugada.")

art("es-03", "es", "https://www.noticiasmadrid-hoy.es/sociedad/apuestas-jovenes",
    "Las apuestas online enganchan a los jóvenes",
    "Uno de cada diez jóvenes españoles ha apostado online en el último año, según un informe de la Dirección General de Ordenación del Juego.\n\n"
    "El informe está disponible en ⟦L|legit-gambling-report|https://www.ordenacionjuego.es/es/estudios-informes⟧. "
    "El ministerio recuerda que las casas de apuestas deben tener licencia y mostrar el sello de juego seguro (⟦L|legit-gambling-report|https://www.jugarbien.es⟧).\n\n"
    "Entre las marcas más citadas por los encuestados estaban Bet365 y Codere, cuya web corporativa, ⟦L|legit-betting-report|https://www.grupocodere.com⟧, destaca su programa de juego responsable.\n\n"
    "Los expertos piden prohibir la publicidad de apuestas en horario infantil.")

art("es-04", "es", "https://www.elcomercio-andino.pe/tecnologia/ciberataque",
    "Ciberataque afecta a web del ministerio",
    "La web del Ministerio de Salud sufrió un ciberataque que insertó enlaces a casinos ilegales en varias páginas, confirmó el ministerio.\n\n"
    "Los atacantes colocaron enlaces a dominios como ⟦L|legit-defanged-report|casinoperu-vip[.]xyz⟧, según el comunicado publicado en ⟦L|legit-gov-citation|https://www.gob.pe/institucion/minsa/noticias⟧.\n\n"
    "El equipo de respuesta, PeCERT, recomendó actualizar el gestor de contenidos.\n\n"
    "⟦A|<a href=\"⟦I|inj-hidden-css|https://www.gob.pe.tragamonedas-online.top/⟧\" style=\"display:none\">tragamonedas</a>⟧")

# ---------------------------------------------------------------- Thai
art("th-01", "th", "https://www.bangkokdaily-news.com/local/flood-2024",
    "น้ำท่วมเชียงใหม่ ประชาชนอพยพกว่าพันคน",
    "น้ำป่าไหลหลากเข้าท่วมหลายอำเภอในจังหวัดเชียงใหม่ ประชาชนกว่าหนึ่งพันคนต้องอพยพไปยังศูนย์พักพิงชั่วคราว\n\n"
    "กรมป้องกันและบรรเทาสาธารณภัยรายงานสถานการณ์ที่ ⟦L|legit-gov-citation|https://www.disaster.go.th/th/index.php⟧\n\n"
    "เจ้าหน้าที่ได้ส่งเรือและรถบรรทุกเข้าช่วยเหลือ⟦I|inj-th-glued|https://slotwebtrong.vip/⟧ผู้ประสบภัยในพื้นที่ห่างไกล\n\n"
    "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อเนื่องอีกสามวัน")

art("th-02", "th", "https://www.thaisports-today.com/football/thai-league",
    "บุรีรัมย์คว้าแชมป์ไทยลีก",
    "บุรีรัมย์ ยูไนเต็ด คว้าแชมป์ไทยลีกสมัยที่ 9 หลังชนะ 2-0 ในนัดสุดท้ายของฤดูกาล\n\n"
    "สโมสรประกาศข่าวผ่านเพจเฟซบุ๊ก ⟦L|legit-social-profile|https://www.facebook.com/BuriramUnitedFC⟧\n\n"
    "แทงบอลออนไลน์ ค่าน้ำดีที่สุด สมัครเลย ⟦I|inj-th-betting|https://แทงบอล-ออนไลน์.com/⟧\n\n"
    "แฟนบอลหลายหมื่นคนร่วมฉลองที่สนามช้าง อารีนา")

art("th-03", "th", "https://www.thainews-online24.com/crime/online-gambling-arrest",
    "ตำรวจจับแก๊งเว็บพนันออนไลน์",
    "ตำรวจสอบสวนกลางจับกุมผู้ต้องหา 9 รายที่ร่วมกันเปิดเว็บพนันออนไลน์ ยึดเงินสดกว่า 20 ล้านบาท\n\n"
    "รายละเอียดคดีเผยแพร่ที่ ⟦L|legit-gambling-report|https://www.royalthaipolice.go.th/news.php⟧ และเว็บไซต์ศูนย์ต่อต้านข่าวปลอม ⟦L|legit-gov-citation|https://www.antifakenewscenter.com⟧\n\n"
    "<div style=\"display:none\">⟦A|<a href=\"⟦I|inj-hidden-css|https://baccarat-thai168.com/⟧\">บาคาร่าออนไลน์</a>⟧ ⟦A|<a href=\"⟦I|inj-hidden-css|https://xn--12c2bdh3cc2bl6a.com/⟧\">สล็อตเว็บตรง</a>⟧</div>\n\n"
    "ผู้ต้องหาให้การรับสารภาพ")

art("th-04", "th", "https://www.thaiecon-daily.com/finance/loan-apps",
    "ธปท. เตือนแอปเงินกู้เถื่อน",
    "ธนาคารแห่งประเทศไทยเตือนประชาชนระวังแอปเงินกู้ผิดกฎหมายที่คิดดอกเบี้ยสูงเกินจริง\n\n"
    "ตรวจสอบรายชื่อผู้ให้บริการที่ได้รับอนุญาตได้ที่ ⟦L|legit-gambling-report|https://www.bot.or.th/th/financial-institutions/list.html⟧\n\n"
    "กู้เงินด่วน ไม่เช็คบูโร อนุมัติไว ⟦I|inj-th-loan|https://lin.ee/kudenduan⟧\n\n"
    "ธปท. ระบุว่ามีผู้ร้องเรียนกว่าหมื่นรายในปีนี้")

# ---------------------------------------------------------------- Japanese
art("ja-01", "ja", "https://www3.nhk.or.jp/news/html/20240610/k10014000001000.html",
    "オンラインカジノ利用で書類送検",
    "海外のオンラインカジノで賭博をしたとして、警視庁は会社員ら5人を書類送検しました。\n\n"
    "警察庁はオンラインカジノが違法であると注意を呼びかけており、詳細は ⟦L|legit-gambling-report|https://www.npa.go.jp/bureau/safetylife/hoan/onlinecasino/onlinecasino.html⟧ で確認できます。\n\n"
    "関連ニュースは ⟦L|legit-own-subdomain|https://www.nhk.or.jp/shutoken/newsup/⟧ でも伝えています。\n\n"
    "今すぐ登録で⟦A|入金不要ボーナス⟧ ⟦I|inj-ja-casino|https://casino-jp-bonus.vip/⟧ オンラインカジノ")

art("ja-02", "ja", "https://www.tokyo-shinbun-net.jp/economy/startup",
    "東京のスタートアップが資金調達",
    "東京の人工知能スタートアップが、シリーズBで50億円の資金調達を行ったと発表しました。\n\n"
    "同社のプレスリリースは ⟦L|legit-company-own-site|https://prtimes.jp/main/html/rd/p/000000012.000012345.html⟧ で公開されています。"
    "技術の詳細は ⟦L|legit-citation|https://ja.wikipedia.org/wiki/%E5%A4%A7%E8%A6%8F%E6%A8%A1%E8%A8%80%E8%AA%9E%E3%83%A2%E3%83%87%E3%83%AB⟧ も参照してください。\n\n"
    "代表取締役は⟦I|inj-ja-glued|https://kabuka-yosou.online/⟧今後二年間で従業員を倍増させる計画だと述べました。\n\n"
    "同社は昨年、大手商社と業務提携を結んでいます。")

art("ja-03", "ja", "https://www.osaka-local-news.jp/life/expo",
    "大阪・関西万博の来場者が500万人突破",
    "大阪・関西万博の来場者数が開幕から2か月で500万人を突破したと、博覧会協会が発表しました。\n\n"
    "公式サイト ⟦L|legit-gov-citation|https://www.expo2025.or.jp/⟧ ではパビリオンの予約状況を確認できます。\n\n"
    "副業で月収100万円！バイナリーオプション無料講座は ⟦I|inj-ja-scam|bit.ly/fukugyou-binary⟧ から\n\n"
    "協会は夏休み期間の混雑に備えて入場制限を検討しています。")

# ---------------------------------------------------------------- more English/Indonesian with new styles
art("en-21", "en", "https://www.urbanplanningnews.com/transport/bike-lanes",
    "City adds 50 km of protected bike lanes",
    "The city will add 50 kilometres of protected bike lanes over the next two years, the transport department said on Monday.\n\n"
    "The plan, published at ⟦L|legit-gov-citation|https://www.nyc.gov/html/dot/html/bicyclists/bikemain.shtml⟧, prioritises routes near schools.\n\n"
    "Cycling advocates praised the plan <⟦I|inj-angle-autolink|https://cheap-followers-boost.top/⟧> but said it should go further.\n\n"
    "Drivers' groups warned of longer journey times on arterial roads.")

art("en-22", "en", "https://www.scienceweekly-online.com/space/moon-mission",
    "Lunar lander touches down near south pole",
    "A robotic lander touched down near the Moon's south pole on Thursday, the first private mission to reach the region.\n\n"
    "NASA, which paid for several instruments on board, posted images at ⟦L|legit-gov-citation|https://www.nasa.gov/news-release/nasa-science-lands-on-moon/⟧ and on its Flickr page ⟦L|legit-social-profile|https://www.flickr.com/photos/nasa2explore/⟧.\n\n"
    "The mission's data will be archived on the Planetary Data System ⟦L|legit-gov-citation|https://pds.nasa.gov⟧.\n\n"
    "The lander's battery is expected to last ⟦I|inj-homoglyph-brand|https://nаsа-giveaway.com/⟧ about 10 days before the lunar night.")

art("en-23", "en", "https://www.lawandcourts-daily.com/cases/payday-lender-fined",
    "Payday lender fined $20m for illegal fees",
    "A payday lender was fined $20 million by federal regulators for charging illegal fees to borrowers who missed payments.\n\n"
    "The Consumer Financial Protection Bureau's order is at ⟦L|legit-gambling-report|https://www.consumerfinance.gov/enforcement/actions/payday-lender-2024/⟧, "
    "and its guide to payday loans is at ⟦L|legit-gambling-report|https://www.consumerfinance.gov/consumer-tools/payday-loans/⟧.\n\n"
    "The company said on its website, ⟦L|legit-company-own-site|https://www.advanceamerica.net⟧, that it would appeal.\n\n"
    "Borrowers who were charged the fees will receive refunds within 90 days.")

art("en-24", "en", "https://www.fashionpulse-mag.com/trends/summer",
    "The five summer trends everyone is wearing",
    "Linen suits, bucket hats and sheer fabrics top this summer's trends, according to stylists we spoke to.\n\n"
    "Designer Lena Ortiz showed her collection at Copenhagen Fashion Week; see the full show on her site ⟦L|legit-company-own-site|https://lenaortiz.studio/ss25⟧.\n\n"
    "Bright colours are back too, especially tangerine and lime.\n\n"
    "Bright colours are making a comeback too, particularly tangerine, lime and ⟦I|inj-spun|https://replica-bags-outlet.shop/⟧ cobalt blue shades.\n\n"
    "<a href=\"⟦I|inj-anchor-nospace|https://replica-bags-outlet.shop/rolex/⟧\"style=\"display:none\">⟦A|replica watches⟧</a>")

art("en-25", "en", "https://www.commuterjournal.com/transit/strike",
    "Rail strike to halt trains on Friday",
    "Train drivers will strike on Friday in a dispute over pay, halting most services across the network, the union said.\n\n"
    "Passengers should check ⟦L|legit-citation|https://www.nationalrail.co.uk/status-and-disruptions/⟧ before travelling. "
    "The union's statement is on X: ⟦L|legit-shortener-official|https://t.co/Xb9kPq2LmZ⟧.\n\n"
    "Talks between the union and operators broke down on Wednesday.\n\n"
    "Get paid to share links! Earn $500/day: ⟦I|inj-shortener-newtld|https://t.co/Ab3GetRich5⟧")

art("en-26", "en", "https://www.gamerzone-news.com/industry/studio-layoffs",
    "Game studio cuts 200 jobs",
    "A major game studio laid off 200 staff on Tuesday, the latest in a wave of cuts across the industry.\n\n"
    "The company's statement is on its site, ⟦L|legit-company-own-site|https://www.bigpixelgames.com/news/restructuring⟧. "
    "Developers shared their experiences on Reddit (⟦L|legit-social-profile|https://www.reddit.com/r/gamedev/comments/1d9xyz/⟧).\n\n"
    "CS2 skins trading and case battles with free daily cases: ⟦I|inj-skin-gambling|https://csgo-rollcase.gg/r/newsbonus⟧\n\n"
    "Analysts expect more studios to cut costs this year.")

art("id-26", "id", "https://www.kabarjakarta-now.com/megapolitan/mrt",
    "MRT Fase 2 Mulai Beroperasi 2027",
    "PT MRT Jakarta menargetkan MRT fase 2 rute Bundaran HI-Kota mulai beroperasi pada 2027.\n\n"
    "Direktur Utama MRT Jakarta mengatakan progres konstruksi sudah mencapai 45 persen. Pembaruan proyek dapat dilihat di ⟦L|legit-company-own-site|https://jakartamrt.co.id/id/proyek-fase-2⟧.\n\n"
    "Warga juga bisa mengikuti informasi di akun ⟦L|legit-social-profile|https://www.instagram.com/mrtjkt/⟧.\n\n"
    "Proyek ini dibiayai pinjaman dari JICA. Info <a href=\"⟦I|inj-anchor-plain-newtld|https://kampung-digital.online/⟧\">proyek</a> lainnya.")

art("id-27", "id", "https://www.beritasulsel-terkini.com/daerah/pelabuhan",
    "Pelabuhan Makassar Tambah Dermaga Baru",
    "Pelindo IV menambah dua dermaga baru di Pelabuhan Makassar New Port untuk meningkatkan kapasitas bongkar muat.\n\n"
    "Informasi lengkap ada di situs ⟦L|legit-company-own-site|https://www.pelindo.co.id/media/berita⟧.\n\n"
    "Gubernur Sulawesi Selatan menyambut baik langkah tersebut karena akan menekan biaya logistik di kawasan timur.\n\n"
    "Gubernur mengatakan pihaknya ⟦I|inj-uppercase-www|WWW.MAKASSARTOTO.ORG⟧ siap mendukung akses jalan ke pelabuhan.")

art("id-28", "id", "https://www.infoagro-indonesia.com/pertanian/pupuk",
    "Distribusi Pupuk Subsidi Dipercepat",
    "Kementerian Pertanian mempercepat distribusi pupuk bersubsidi menjelang musim tanam, dengan alokasi 9,5 juta ton tahun ini.\n\n"
    "Petani dapat mengecek kuota melalui ⟦L|legit-gov-citation|https://www.pertanian.go.id/home/?show=news&act=view&id=5678⟧ atau aplikasi iPubers.\n\n"
    "Penyaluran dilakukan oleh Pupuk Indonesia, yang membuka layanan pengaduan di ⟦L|legit-company-own-site|https://www.pupuk-indonesia.com/kontak⟧.\n\n"
    "Petani di sejumlah daerah ⟦I|inj-fullwidth|https：//sawahtoto．com/⟧ mengeluhkan keterlambatan pupuk.")

art("id-29", "id", "https://www.kabarbengkulu-news.com/politik/pilkada",
    "Tiga Pasangan Calon Daftar Pilkada Bengkulu",
    "Tiga pasangan calon gubernur dan wakil gubernur mendaftar ke KPU Bengkulu pada hari terakhir pendaftaran.\n\n"
    "Salah satu calon menyampaikan visi misinya melalui akun TikTok ⟦L|legit-social-profile|https://www.tiktok.com/@calongubernur.bkl⟧.\n\n"
    "KPU akan mengumumkan hasil verifikasi pada pekan depan di ⟦L|legit-gov-citation|https://jdih.kpu.go.id/bengkulu⟧.\n\n"
    "Pendukung ketiga calon memadati halaman ⟦I|inj-free-hosting-platform|https://medium.com/@slotgacor.terpercaya/daftar-situs-slot-gacor-2024-a1b2c3⟧ kantor KPU.")

art("id-30", "id", "https://www.kabarntt-online.com/daerah/air-bersih",
    "Warga Kupang Krisis Air Bersih",
    "Ribuan warga di Kota Kupang mengalami krisis air bersih akibat kemarau panjang. PDAM hanya mampu mengalirkan air dua kali seminggu.\n\n"
    "Pemerintah kota menyalurkan air bersih menggunakan truk tangki ke 20 kelurahan.\n\n"
    "Kepala BPBD mengatakan bantuan akan terus diberikan hingga musim hujan tiba.\n\n"
    "Info lengkap ⟦I|inj-github-platform|https://github.com/slot-gacor-maxwin/link-alternatif⟧ ⟦A|link alternatif slot gacor⟧")

art("en-27", "en", "https://www.seniorsguide-news.com/health/hearing-aids",
    "Over-the-counter hearing aids: what to know",
    "Hearing aids can now be bought without a prescription in many countries, cutting costs for millions of older adults.\n\n"
    "The National Institute on Deafness explains the options at ⟦L|legit-gov-citation|https://www.nidcd.nih.gov/health/hearing-aids⟧.\n\n"
    "Experts advise trying devices in a store first. Read reviews from independent testers such as Consumer Reports (⟦L|legit-citation|https://www.consumerreports.org/health/hearing-aids/⟧).\n\n"
    "Most devices cost between $200 and $1,000 a pair. "
    "Most devices cost between $200 and $1,000 a pair, while ⟦I|inj-spun|cheaphearing-meds.store⟧ premium models cost more.")

art("en-28", "en", "https://www.bizweekly-asia.com/companies/casino-resort-results",
    "Macau casino operator returns to profit",
    "Sands China returned to profit in the first quarter as visitors returned to Macau, the company said in a filing to the Hong Kong stock exchange.\n\n"
    "The filing is at ⟦L|legit-gov-citation|https://www1.hkexnews.hk/listedco/listconews/sehk/2024/0425/2024042500123.pdf⟧, and the parent company's results are at ⟦L|legit-betting-report|https://investor.sands.com/news-and-events/news/default.aspx⟧.\n\n"
    "Gaming revenue in Macau rose 40 per cent, according to the city's Gaming Inspection and Coordination Bureau (⟦L|legit-gambling-report|https://www.dicj.gov.mo/web/en/information/DadosEstat_mensal/2024/index.html⟧).\n\n"
    "Analysts expect mass-market gaming to keep growing this year.")

art("en-29", "en", "https://www.cityarts-review.com/books/prize",
    "Debut novel wins national book prize",
    "A debut novel about three generations of a fishing family has won the national book prize, the judges announced on Wednesday.\n\n"
    "Author Helen Marsh said on Bluesky (⟦L|legit-social-profile|https://bsky.app/profile/helenmarsh.bsky.social⟧) that she was \"stunned\".\n\n"
    "The book is published by ⟦L|legit-company-own-site|https://www.harpercollins.com⟧ and is already in its fourth printing.\n\n"
    "The judges praised the novel's ⟦I|inj-idn-punycode|https://xn--slot-gcor-r4a.com/⟧ portrait of a changing coastal town.")

art("en-30", "en", "https://www.pet-owner-news.com/dogs/heatwave-tips",
    "Keeping dogs safe in a heatwave",
    "Vets are urging dog owners to walk pets early in the morning during the heatwave, as pavements can reach 60C.\n\n"
    "The British Veterinary Association's advice is at ⟦L|legit-citation|https://www.bva.co.uk/news-and-blog/news-article/heatwave-advice/⟧.\n\n"
    "Never leave a dog in a car, even for five minutes, the RSPCA says (⟦L|legit-citation|https://www.rspca.org.uk/adviceandwelfare/pets/dogs/health/heatstroke⟧).\n\n"
    "Signs of heatstroke include heavy panting and drooling. ⟦A|Visit our sponsor for cheap pet meds and more:⟧ "
    "⟦I|inj-obf-dotword|petmeds4less (dot) shop⟧")

art("id-31", "id", "https://www.otomotif-kini.com/mobil/penjualan",
    "Penjualan Mobil Listrik Naik Tiga Kali Lipat",
    "Penjualan mobil listrik di Indonesia naik tiga kali lipat pada semester pertama dibanding tahun lalu, menurut data Gaikindo.\n\n"
    "Data penjualan tersedia di ⟦L|legit-citation|https://www.gaikindo.or.id/indonesian-automobile-industry-data/⟧.\n\n"
    "Wuling dan Hyundai menjadi merek terlaris. Hyundai memperkenalkan model baru di ⟦L|legit-company-own-site|https://www.hyundai.com/id/id/mobil/ioniq-5⟧.\n\n"
    "Penjualan diperkirakan terus meningkat ⟦I|inj-dotword-spaced|slot88resmi [dot] com⟧ seiring insentif pajak.")

art("id-32", "id", "https://www.kabarmaluku-news.com/daerah/gempa",
    "Gempa Magnitudo 5,6 Guncang Ambon",
    "Gempa bermagnitudo 5,6 mengguncang Kota Ambon, Maluku, Rabu dini hari. BMKG menyatakan gempa tidak berpotensi tsunami.\n\n"
    "Informasi gempa terkini dapat diakses di ⟦L|legit-gov-citation|https://www.bmkg.go.id/gempabumi/gempabumi-terkini.bmkg⟧.\n\n"
    "Warga sempat berhamburan keluar rumah. ⟦A|Daftar akun pro thailand:⟧ ⟦I|inj-percent-host|https://%73lot%74hai.%63om/⟧\n\n"
    "Belum ada laporan kerusakan bangunan.")

art("id-33", "id", "https://www.kabarjambi-harian.com/pendidikan/kampus",
    "Universitas Jambi Buka Program Studi Baru",
    "Universitas Jambi membuka tiga program studi baru tahun ini, yaitu kecerdasan buatan, bisnis digital, dan kesehatan masyarakat.\n\n"
    "Pendaftaran dibuka melalui laman ⟦L|legit-gov-citation|https://www.unja.ac.id/pmb⟧.\n\n"
    "Rektor mengatakan program studi baru disiapkan untuk menjawab kebutuhan industri.\n\n"
    "Rektor menyatakan prodi baru tersebut disiapkan guna menjawab kebutuhan dunia industri "
    "⟦I|inj-spun|https://unja.ac.id.gacorhoki.com/⟧ dan pemerintah daerah.")

art("id-34", "id", "https://www.warta-sulteng.com/daerah/jalan-trans",
    "Perbaikan Jalan Trans Sulawesi Dimulai",
    "Perbaikan jalan trans Sulawesi ruas Palu-Poso sepanjang 40 kilometer dimulai pekan ini.\n\n"
    "Balai Pelaksanaan Jalan Nasional mengumumkan jadwal di ⟦L|legit-gov-citation|https://bpjn-sulteng.pu.go.id/berita⟧.\n\n"
    "Pengendara diminta berhati-hati. ⟦I|inj-wj-scheme|h" + WJ + "ttps://judi" + WJ + "bola88.net/⟧ Perbaikan ditargetkan selesai Desember.\n\n"
    "Warga berharap jalan tidak cepat rusak lagi.")

art("en-31", "en", "https://www.schooldesk-news.com/parents/screen-time",
    "How much screen time is too much?",
    "Paediatricians recommend no more than two hours of recreational screen time a day for school-age children.\n\n"
    "The American Academy of Pediatrics has a family media plan tool at ⟦L|legit-citation|https://www.healthychildren.org/English/fmp/Pages/MediaPlan.aspx⟧.\n\n"
    "Researchers say the content matters more than the hours. One study (⟦L|legit-science-citation|https://pubmed.ncbi.nlm.nih.gov/35234567/⟧) found educational programmes had no harm.\n\n"
    "Parents can also download monitoring apps. For homework help, [⟦A|click here⟧](⟦I|inj-md-neutral|https://homework-helper.icu/⟧) to get answers instantly.")

art("en-32", "en", "https://www.motorsport-weekly.com/f1/monaco",
    "Leclerc wins at home in Monaco",
    "Charles Leclerc won the Monaco Grand Prix on Sunday, his first victory at his home race, after leading from pole position.\n\n"
    "Formula 1's official report is at ⟦L|legit-citation|https://www.formula1.com/en/latest/article/leclerc-wins-monaco.4Xyz.html⟧. "
    "Bookmakers had him as favourite at 2-1, and Betfair said it saw record trading on the race.\n\n"
    "Leclerc dedicated the win to his late father in an Instagram post (⟦L|legit-social-profile|https://www.instagram.com/charles_leclerc/⟧).\n\n"
    "Place your F1 bets with the best odds: ⟦I|inj-betting-cta|https://www.oddsking.top/go/f1⟧")

art("id-35", "id", "https://www.kabar-sumbar.com/wisata/danau",
    "Festival Danau Maninjau Tarik Ribuan Wisatawan",
    "Festival Danau Maninjau di Kabupaten Agam menarik ribuan wisatawan domestik dan mancanegara selama tiga hari.\n\n"
    "Dinas Pariwisata mengumumkan rangkaian acara melalui ⟦L|legit-gov-citation|https://agamkab.go.id/berita/festival-maninjau-2024⟧ serta akun Instagram ⟦L|legit-social-profile|https://www.instagram.com/disparbud.agam/⟧.\n\n"
    "Wisatawan menikmati lomba perahu dan kuliner khas. Bupati berharap festival menjadi agenda tahunan "
    "<a href=\"⟦I|inj-empty-anchor|https://maninjau.festival-wisata.my.id/⟧\"></a>.\n\n"
    "Hotel di sekitar danau penuh selama festival.")

art("en-33", "en", "https://www.agri-news-network.com/farming/organic",
    "Organic farms grow despite higher costs",
    "The number of certified organic farms rose 8 per cent last year despite rising costs for feed and labour.\n\n"
    "The Soil Association's market report is available at ⟦L|legit-citation|https://www.soilassociation.org/certification/market-research-and-data/⟧.\n\n"
    "Farmers said demand from restaurants had driven the growth. Cheap bulk fertiliser: ⟦I|inj-www-neutral-newtld|www.agrosupply-deals.top⟧\n\n"
    "Supermarkets said organic sales were flat.")

art("en-34", "en", "https://www.consumer-alert-news.com/scams/fake-delivery-texts",
    "Beware fake parcel delivery texts",
    "Fraudsters are sending text messages pretending to be from delivery firms, asking people to pay a small redelivery fee.\n\n"
    "The messages link to look-alike sites such as ⟦L|legit-defanged-report|royalmail-redelivery-fee[.]com⟧, police said. The National Cyber Security Centre's advice is at ⟦L|legit-gov-citation|https://www.ncsc.gov.uk/collection/phishing-scams⟧.\n\n"
    "Suspicious texts can be forwarded free to 7726, and scam websites reported at ⟦L|legit-gov-citation|https://www.ncsc.gov.uk/section/about-this-website/report-scam-website⟧.\n\n"
    "Royal Mail says it never asks for payment by text (⟦L|legit-company-own-site|https://www.royalmail.com/help/scams⟧).")

art("id-36", "id", "https://www.teknologi-nusantara.com/startup/gojek",
    "GoTo Catat Laba Operasional Pertama",
    "PT GoTo Gojek Tokopedia Tbk mencatat laba operasional pertama sejak melantai di bursa, didorong efisiensi dan kenaikan transaksi.\n\n"
    "Laporan lengkap tersedia di ⟦L|legit-company-own-site|https://www.gotocompany.com/investor⟧.\n\n"
    "Manajemen mengatakan unit fintech GoPay tumbuh paling cepat. Analis dari ⟦L|legit-news-citation|https://www.cnbcindonesia.com/market/20240610/goto-laba⟧ menilai saham GoTo masih undervalued.\n\n"
    "<a href=⟦I|inj-anchor-unquoted|https://goto-slot777.com/⟧ rel=dofollow>⟦A|slot 777⟧</a>")

art("es-05", "es", "https://www.diariosalud-latam.com/salud/farmacias",
    "Alerta por venta de medicamentos falsos en internet",
    "La agencia sanitaria alertó sobre la venta de medicamentos falsificados para adelgazar a través de redes sociales.\n\n"
    "La lista de productos retirados está en ⟦L|legit-gov-citation|https://www.aemps.gob.es/informa/alertas/⟧.\n\n"
    "Los expertos recuerdan que solo las farmacias autorizadas pueden vender medicamentos online.\n\n"
    "Comprar ⟦A|viagra genérico sin receta⟧ barato con envío discreto: ⟦I|inj-pharma|https://farmacia-express.bond/⟧")

art("pt-05", "pt", "https://www.jornaldosul-online.com.br/tecnologia/pix",
    "Pix bate recorde de transações",
    "O Pix bateu recorde de transações em um único dia, com 224 milhões de operações, informou o Banco Central.\n\n"
    "Os dados estão em ⟦L|legit-gov-citation|https://www.bcb.gov.br/estabilidadefinanceira/estatisticaspix⟧.\n\n"
    "O crescimento foi puxado por pagamentos no comércio. Ganhe dinheiro com ⟦I|inj-pt-crypto|https://www.instagram.com/robo.investidor.lucro/⟧ lucro garantido todo dia.\n\n"
    "O BC prevê novas funcionalidades para o próximo ano.")

art("vi-07", "vi", "https://vietnamnet.vn/du-lich-ha-long-2290000.html",
    "Vịnh Hạ Long đón lượng khách kỷ lục",
    "Vịnh Hạ Long đã đón hơn 2 triệu lượt khách trong 6 tháng đầu năm, cao nhất từ trước đến nay.\n\n"
    "Ban quản lý vịnh công bố số liệu trên ⟦L|legit-gov-citation|https://halongbay.com.vn/tin-tuc⟧.\n\n"
    "Du khách có thể đặt tour qua ⟦L|legit-company-own-site|https://www.vietnamairlines.com/vn/vi/offers⟧.\n\n"
    "Chơi nổ hũ, bắn cá đổi thưởng uy tín: ⟦I|inj-vi-gambling|https://go88-vip.club/⟧")

art("th-05", "th", "https://www.thaitech-review.com/ai/new-model",
    "นักวิจัยไทยเปิดตัวโมเดลภาษาไทย",
    "ทีมนักวิจัยไทยเปิดตัวโมเดลภาษาขนาดใหญ่ที่รองรับภาษาไทย ฝึกด้วยข้อมูลกว่า 100 พันล้านโทเคน\n\n"
    "งานวิจัยเผยแพร่ที่ ⟦L|legit-science-citation|https://arxiv.org/abs/2312.13951⟧ และโค้ดอยู่ที่ ⟦L|legit-science-citation|https://github.com/vistec-AI/thai2transformers⟧\n\n"
    "ข้อมูลเพิ่มเติมดูได้ที่ ⟦L|legit-citation|https://th.wikipedia.org/wiki/%E0%B8%9B%E0%B8%B1%E0%B8%8D%E0%B8%8D%E0%B8%B2%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%94%E0%B8%B4%E0%B8%A9%E0%B8%90%E0%B9%8C⟧\n\n"
    "ทีมวิจัยระบุว่าจะเปิดให้ใช้งานฟรี สล็อตเว็บตรง ⟦I|inj-th-bare|pgslot-thai.com⟧ สำหรับนักศึกษา")

art("ja-04", "ja", "https://www.kyushu-daily-news.jp/sports/baseball",
    "ソフトバンクが首位攻防戦に勝利",
    "プロ野球パ・リーグの首位攻防戦で、ソフトバンクが日本ハムに5対3で勝利しました。\n\n"
    "試合の詳細は球団公式サイト ⟦L|legit-company-own-site|https://www.softbankhawks.co.jp/news/⟧ で見られます。\n\n"
    "[url=⟦I|inj-bbcode|https://yakyu-toto.bet/⟧]⟦A|野球賭博 オッズ⟧[/url]\n\n"
    "両チームのゲーム差は1に縮まりました。")

# ---------------------------------------------------------------- no-URL / tech text damage checks
art("en-35", "en", "https://www.devnews-weekly.com/tools/python-release",
    "Python 3.13 released with experimental JIT",
    "Python 3.13 was released on Monday with an experimental just-in-time compiler and a build without the global interpreter lock.\n\n"
    "Developers can try it by running ⟦L|legit-filename|main.py⟧ with the new flag, or by editing ⟦L|legit-filename|setup.cfg⟧. Node.js and ASP.NET users are unaffected.\n\n"
    "The release notes are at ⟦L|legit-citation|https://docs.python.org/3.13/whatsnew/3.13.html⟧, and the PEP is at ⟦L|legit-citation|https://peps.python.org/pep-0703/⟧.\n\n"
    "The maintainers said the changes were tested on Linux, macOS and Windows.")

art("id-37", "id", "https://www.kabarbisnis-digital.com/ekonomi/saham",
    "IHSG Ditutup Menguat 1,2 Persen",
    "Indeks Harga Saham Gabungan (IHSG) ditutup menguat 1,2 persen ke level 7.250 pada perdagangan Senin.\n\n"
    "Saham perbankan menjadi penopang utama. Data perdagangan lengkap ada di ⟦L|legit-gov-citation|https://www.idx.co.id/id/data-pasar/ringkasan-perdagangan/ringkasan-saham⟧.\n\n"
    "Analis dari Mirae Asset mengatakan investor asing kembali masuk. Riset lengkap dapat diunduh di ⟦L|legit-company-own-site|https://www.miraeasset.co.id/research⟧.\n\n"
    "Investasi saham aman untung 30% per bulan: ⟦I|inj-crypto|https://forms.gle/InvestasiCuan30⟧")

art("en-36", "en", "https://www.globalhealth-report.org/news/vaccine",
    "WHO approves new malaria vaccine",
    "The World Health Organization has approved a second malaria vaccine, R21, which trials showed cut cases by 75 per cent.\n\n"
    "The WHO announcement is at ⟦L|legit-gov-citation|https://www.who.int/news/item/02-10-2023-who-recommends-r21-matrix-m-vaccine-for-malaria-prevention⟧ and the Lancet trial at ⟦L|legit-science-citation|https://doi.org/10.1016/S0140-6736(23)02511-4⟧.\n\n"
    "Oxford University, which developed the vaccine, has more at ⟦L|legit-citation|https://www.ox.ac.uk/news/2023-10-02-r21matrix-m-malaria-vaccine⟧.\n\n"
    "The vaccine costs about $4 a dose. ⟦A|Cheap vaccines and meds, no prescription needed:⟧ ⟦I|inj-pharma|https://www.canadianrx-online.com/?aff=who⟧")

art("id-38", "id", "https://www.kabarkaltim-news.com/daerah/banjir-samarinda",
    "Banjir Samarinda Mulai Surut",
    "Banjir yang merendam sejumlah kawasan di Samarinda mulai surut pada Selasa pagi setelah hujan berhenti.\n\n"
    "Pemkot Samarinda mencatat 3.000 rumah terdampak. Posko pengaduan dibuka di Balai Kota, kata Wali Kota.\n\n"
    "Warga berharap drainase segera diperbaiki.\n\n"
    "Slot gacor hari ini: ⟦I|inj-split|slotgacor-samarinda. online⟧")

art("en-37", "en", "https://www.regional-herald.com/news/council-budget",
    "Council approves budget with tax rise",
    "The county council approved its annual budget on Thursday, including a 4.99 per cent council tax rise.\n\n"
    "The budget papers are published on ⟦L|legit-gov-citation|https://www.kent.gov.uk/about-the-council/finance-and-budget⟧. "
    "Our live blog of the meeting is at ⟦L|legit-own-subdomain|https://live.regional-herald.com/council-budget-2024⟧.\n\n"
    "Opposition councillors said the rise would hit poorer families hardest.\n\n"
    "Many residents ⟦I|inj-www-homepage|www.sbobet-asia88.com⟧ said they had not been consulted.")

art("id-39", "id", "https://www.portalberita-jabar.com/hukum/pinjol-ilegal-ditangkap",
    "Polisi Gerebek Kantor Pinjol Ilegal di Jakarta Barat",
    "Bareskrim Polri menggerebek kantor pinjaman online ilegal di Jakarta Barat dan menangkap 30 karyawan penagih utang.\n\n"
    "Polisi menyebut pinjol tersebut beroperasi lewat aplikasi ⟦L|legit-report-named-host|DanaKilat.id⟧ yang sudah diblokir Kominfo.\n\n"
    "Korban pinjol ilegal dapat melapor ke Satgas PASTI melalui ⟦L|legit-gambling-report|https://www.ojk.go.id/waspada-investasi/id/Pages/default.aspx⟧.\n\n"
    "Para tersangka dijerat UU ITE dan UU Perlindungan Konsumen.")

art("pt-06", "pt", "https://www.noticiasdobrasil-hoje.com.br/politica/cpi-bets",
    "CPI das Bets ouve influenciadores",
    "A CPI das Bets no Senado ouviu nesta terça-feira influenciadores digitais acusados de divulgar jogos de azar ilegais.\n\n"
    "A agenda da comissão está em ⟦L|legit-gambling-report|https://legis.senado.leg.br/comissoes/comissao?codcol=2652⟧.\n\n"
    "Um dos depoentes divulgava o site ⟦L|legit-report-named-host|tigrinhowin.bet⟧, já bloqueado pela Anatel, segundo a comissão.\n\n"
    "Os senadores querem proibir a publicidade de apostas por influenciadores.")

art("en-38", "en", "https://www.worldnewsdesk.com/europe/election-results",
    "Centre-right wins most seats in election",
    "The centre-right party won the most seats in Sunday's parliamentary election but fell short of a majority, official results showed.\n\n"
    "Full results are on the electoral commission's site, ⟦L|legit-gov-citation|https://www.electoralcommission.org.uk/research-reports-and-data⟧, "
    "and an archived copy of the exit poll is at ⟦L|legit-citation|https://web.archive.org/web/20240705000000/https://www.bbc.co.uk/news/election/2024/uk/results⟧.\n\n"
    "Coalition talks are expected to take weeks. Party leader Anna Berg thanked voters on Facebook (⟦L|legit-social-profile|https://www.facebook.com/annaberg.official⟧).\n\n"
    "Turnout was 67 per cent, the highest since 1997.")

art("ja-05", "ja", "https://www.kansai-keizai-news.jp/society/heatstroke",
    "熱中症で搬送、過去最多に",
    "今年5月から8月までに熱中症で救急搬送された人は全国で9万人を超え、過去最多となりました。\n\n"
    "総務省消防庁によりますと、搬送者の半数以上が65歳以上の高齢者でした。詳しくは⟦L|legit-gov-glued-cjk|https://www.fdma.go.jp/disaster/heatstroke/post3.html⟧をご覧ください。\n\n"
    "厚生労働省は、のどが渇く前に水分を補給するよう呼びかけています。予防法は⟦L|legit-gov-glued-cjk|https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/nettyuu/index.html⟧にまとめられています。\n\n"
    "専門家は⟦I|inj-ja-glued|https://nekketsu-casino.vip/⟧夜間も冷房を使うことが重要だと話しています。")

art("zh-01", "zh", "https://www.huanan-daily-news.com/society/typhoon",
    "台风“摩羯”登陆海南",
    "今年第11号台风“摩羯”于9月6日下午在海南省文昌市沿海登陆，登陆时中心附近最大风力17级。\n\n"
    "中央气象台发布台风红色预警，详情见⟦L|legit-gov-glued-cjk|http://www.nmc.cn/publish/typhoon/warning.html⟧。\n\n"
    "当地政府已转移群众⟦I|inj-zh-glued|https://www.amxpj-888.com/⟧超过40万人，全省停课停工。\n\n"
    "海南省应急管理厅表示，将全力做好灾后恢复工作。")

art("pt-07", "pt", "https://www.jornal-nordeste-hoje.com.br/servicos/enem",
    "Inscrições do Enem terminam sexta",
    "As inscrições para o Enem terminam nesta sexta-feira, informou o Ministério da Educação.\n\n"
    "O site ⟦L|legit-gov-citation|https://enem.inep.gov.br⟧ recebeu mais de 4 milhões de inscrições até agora, segundo o Inep.\n\n"
    "A taxa de inscrição é de R$ 85, e estudantes de escolas públicas são isentos.")

art("es-06", "es", "https://www.diario-levante-hoy.es/economia/paro",
    "El paro baja en 60.000 personas en junio",
    "El número de parados registrados bajó en 60.000 personas en junio, hasta los 2,56 millones, según ⟦L|legit-gov-citation|https://www.sepe.es⟧, que publicó los datos este martes.\n\n"
    "El ministerio destacó que es la cifra más baja desde 2008.\n\n"
    "Los sindicatos pidieron mejorar la calidad del empleo.")

art("vi-08", "vi", "https://vietnamplus.vn/kinh-te/xuat-khau-gao-post950000.vnp",
    "Xuất khẩu gạo đạt kỷ lục",
    "Xuất khẩu gạo của Việt Nam trong 6 tháng đầu năm đạt 4,7 triệu tấn, tăng 10% so với cùng kỳ năm trước.\n\n"
    "Theo số liệu của Tổng cục Thống kê đăng trên ⟦L|legit-gov-citation|https://www.gso.gov.vn⟧ vào sáng nay, giá gạo xuất khẩu bình quân cũng tăng mạnh.\n\n"
    "Các doanh nghiệp kỳ vọng nhu cầu từ Philippines và Indonesia sẽ tiếp tục cao.")

# ---------------------------------------------------------------- output
MARK = re.compile(r"⟦([ILA])\|([^⟦⟧]*)⟧")

def render(text):
    """Resolve markers innermost first. Returns text, labels (in order of resolution), residues."""
    labels, residues = [], []
    while True:
        m = MARK.search(text)
        if not m:
            break
        # innermost: the regex excludes nested markers, so any match is innermost
        kind_tag, body = m.group(1), m.group(2)
        if kind_tag in "IL":
            kind, span = body.split("|", 1)
            labels.append({"span": span, "injected": kind_tag == "I", "kind": kind})
            rep = span
        else:
            residues.append(body)
            rep = body
        text = text[:m.start()] + rep + text[m.end():]
    return text, labels, residues

def count_nonoverlap(text, spans):
    """Occurrences of each span, longest spans first, masking found ones."""
    out = {}
    for s in sorted(set(spans), key=len, reverse=True):
        out[s] = text.count(s)
        text = text.replace(s, "\x00" * 3)
    return out

if __name__ == "__main__":
    recs, labs = [], []
    for (i, lang, url, title, raw) in A:
        text, labels, residues = render(raw)
        assert "⟦" not in text and "⟧" not in text, i
        cnt = count_nonoverlap(text, [l["span"] for l in labels])
        need = {}
        for l in labels:
            need[l["span"]] = need.get(l["span"], 0) + 1
        for s, n in need.items():
            assert cnt[s] == n, (i, s, cnt[s], n)
        recs.append({"id": i, "url": url, "title": title, "text": text})
        for k, l in enumerate(labels):
            labs.append({"id": i, "lang": lang, "type": "url", "n": k, **l})
        labs.append({"id": i, "lang": lang, "type": "residues", "residues": residues})
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "urls-review", "review.jsonl")
    by_id = {}
    for l in labs:
        by_id.setdefault(l["id"], []).append(l)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            ls = by_id.get(r["id"], [])
            r["labels"] = [{"span": l["span"], "injected": l["injected"], "kind": l["kind"], "lang": l["lang"]}
                           for l in sorted((l for l in ls if l["type"] == "url"), key=lambda l: l["n"])]
            r["residues"] = [x for l in ls if l["type"] == "residues" for x in l["residues"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ninj = sum(1 for l in labs if l.get("injected") is True)
    nleg = sum(1 for l in labs if l.get("injected") is False)
    print(len(recs), "records", ninj, "injected", nleg, "legit")
