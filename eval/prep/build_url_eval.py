#!/usr/bin/env python3
"""Build the labelled URL-injection evaluation set (tests/fixtures/urls/).

How to run (from the repository root, Python 3 standard library only, no network):

    python3 eval/prep/build_url_eval.py                       # defaults below
    python3 eval/prep/build_url_eval.py --data ../shared/data --out tests/fixtures/urls --seed 20240611

The output is byte-for-byte deterministic for a given --data directory and --seed: running it
twice gives identical files (fixed random.Random seed, every set is sorted before sampling, JSON
written with sort_keys=False but a fixed key order, "\n" line endings).

Writes
  tests/fixtures/urls/urls.jsonl   one article record per line:
      {"id", "url", "title", "text", "labels": [{"span", "injected", "kind"}], "base"}
  tests/fixtures/urls/SOURCE.md    provenance, licences, description and count of every kind.

What it does
  * Takes real base articles: IndoSum dev folds (Indonesian news, CC BY-SA 4.0) and the
    article-extraction-benchmark ground-truth bodies (MIT), trims each to a few consecutive
    paragraphs around the splice point.
  * Labels every URL-like occurrence that was already in the base text as legitimate
    (kind legit-orig-*), after dropping paragraphs whose URLs the detokeniser broke
    (e.g. "https://cdns.klimg.com / bola.net / ...") and paragraphs with e-mail addresses.
  * Splices in injected promo links (gambling / slot gacor / togel / casino / betting / pharma /
    loan / adult / SEO-service) in the ways spammers really do it, and legitimate links in the
    ways journalists and scrapers really produce them; every splice is labelled.
  * Validates every record: each label span occurs in the text exactly as often as it is
    labelled, labels are in text order, and an independent URL detector run over the final text
    finds nothing that is not covered by a label.

Facts taken from ../shared/data/spam-injection-examples (no licence; quoted spam): only host
names, URL path shapes and the short anchor texts ("Slot Gacor", "situs toto", ...). None of its
prose is copied. ../shared/data/indonesian-detik-1000 was only read to learn how legitimate URLs
appear in Indonesian news (glued "dihttps://", "lamanhttps://", "Instagram:https://"); nothing of
it is copied. No URL is ever fetched: all spam hosts are inert strings.
"""

import argparse
import collections
import json
import os
import re
import random
import sys

# --------------------------------------------------------------------------------------------
# URL detection (used to label URLs already present in base texts and to validate the output)
# --------------------------------------------------------------------------------------------

TLDS = sorted(set("""
com net org id info biz io co me tv ly gl to cc xyz vip online site store click shop top live club
fun pro lol cyou icu sbs bond homes win bet casino app dev uk au ru de br it kr jp fr es nl pl in sg
my ph th vn us ca eu asia link one today space website world life news ee gy lk pt ar mx krd et jm
edu gov mil int cn tw hk ch at be se no dk fi ie nz za tr gr cz ro hu
""".split()), key=lambda s: (-len(s), s))
_URLCH = r"[^\s<>\"'\[\]{}|\\^`]"
SCHEME_RE = re.compile(r"(?:https?|ftp)://" + _URLCH + "+", re.I)
WWW_RE = re.compile(r"(?<![\w./@:-])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]" + _URLCH + "*)?", re.I)
BARE_RE = re.compile(r"(?<![\w./@:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:"
                     + "|".join(TLDS) + r")(?![\w-])(?:[/?#]" + _URLCH + "*)?", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
TRAIL = ".,;:!?'\"…»”’"


def _strip_trailing(s):
    while s:
        if s[-1] in TRAIL:
            s = s[:-1]
        elif s[-1] == ")" and s.count("(") < s.count(")"):
            s = s[:-1]
        else:
            break
    return s


def detect_urls(text):
    """Return [(start, end)] of URL-like occurrences (scheme, www., bare domain with a TLD)."""
    found = []
    for rx in (SCHEME_RE, WWW_RE, BARE_RE):
        for m in rx.finditer(text):
            s = _strip_trailing(m.group())
            if rx is BARE_RE:
                host = s.split("/")[0]
                labels = host.split(".")
                if not any(re.search(r"[A-Za-z]", lab) for lab in labels[:-1]):
                    continue
            a, b = m.start(), m.start() + len(s)
            if b <= a:
                continue
            if any(a < fb and fa < b for fa, fb in found):
                continue
            found.append((a, b))
    return sorted(found)


MULTI_SUFFIX = set("""
co.id go.id ac.id or.id sch.id mil.id web.id my.id biz.id net.id desa.id co.uk ac.uk gov.uk org.uk
com.au net.au gov.au edu.au com.br edu.br gov.br co.kr or.kr com.ar edu.ar gov.ar gov.ph edu.ph com.ph
gov.co edu.co gov.et edu.mx gob.mx gov.jm edu.krd com.mx gov.ng edu.pk gov.bd ac.th go.th edu.vn
gov.vn edu.pe gob.pe com.my gov.my edu.my gov.sg edu.sg com.sg co.jp ac.jp co.in gov.in ac.in co.za
gov.za ac.za com.tr com.cn com.tw edu.tw gov.tw
""".split())


def host_of(url):
    u = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I)
    u = re.split(r"[/?#]", u, 1)[0]
    if "@" in u:
        u = u.rsplit("@", 1)[1]
    return u.split(":")[0].lower()


def registrable(host):
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in MULTI_SUFFIX:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# --------------------------------------------------------------------------------------------
# Vocabulary: hosts, paths, anchors (our own invention unless marked "fact")
# --------------------------------------------------------------------------------------------

GAMB_WORDS = ["slot", "gacor", "togel", "toto", "judi", "maxwin", "pulsa", "bet", "casino", "kasino",
              "sbobet", "scatter", "mahjong", "zeus", "olympus", "rtp", "bandar", "agen", "situs", "qq",
              "poker", "domino", "jp", "cuan", "spin", "jackpot", "bola", "parlay", "pragmatic", "slot88",
              "4d", "hoki", "win", "wd", "depo"]
BRANDS = ["naga", "garuda", "raja", "dewa", "king", "sultan", "mega", "super", "asia", "indo", "bos",
          "mahkota", "pusaka", "merah", "emas", "koi", "panda", "lucky", "royal", "golden", "fortune",
          "hoki", "cuan", "sakti", "petir", "rajawali", "kilat", "jaguar", "harimau", "bintang", "surya",
          "mentari", "meranti", "pandawa", "gatot", "zeus", "olympus", "macau", "kamboja", "thai"]
NUMS = ["88", "77", "777", "4d", "303", "138", "99", "365", "123", "5000", "168", "889", "69", "212",
        "338", "388", "189", "78", "805", "4d", "1000", "55", "666", "89", "22", "100", "234", "929"]
THROWAWAY_TLDS = ["com", "net", "org", "vip", "xyz", "online", "site", "store", "click", "shop", "info",
                  "top", "cc", "live", "club", "fun", "pro", "biz", "lol", "cyou", "icu", "sbs", "bond",
                  "homes", "id", "me", "io", "asia", "win", "space", "website", "today", "life", "world",
                  "link", "one", "com", "com", "net", "xyz", "vip", "online"]
NEUTRAL_ID = ["berita", "kabar", "warta", "info", "kopi", "senja", "pelangi", "nusantara", "rumah",
              "resep", "wisata", "kuliner", "otomotif", "teknologi", "esports", "gaming", "media",
              "portal", "jurnal", "cerita", "dunia", "harian", "pojok", "kampung", "mitra", "karya",
              "cahaya", "sehat", "tani", "desa", "kota", "bunga", "sahabat", "rakyat", "sinar",
              "indonesia", "jaya", "makmur", "lestari", "sejahtera", "hijau", "biru", "batik", "tenun"]
NEUTRAL_EN = ["blue", "green", "river", "valley", "home", "garden", "design", "studio", "farm", "marine",
              "services", "consulting", "travel", "pets", "kitchen", "bakery", "dental", "realty",
              "outdoor", "cycling", "photo", "craft", "heritage", "coastal", "summit", "maple", "cedar",
              "harbor", "union", "north", "prime", "urban", "family", "vintage", "solar", "clinic"]
NEUTRAL_TLDS = ["com", "com", "com", "net", "org", "id", "co.id", "co", "info", "my.id", "web.id",
                "co.uk", "com.au", "de", "es", "pt", "eu", "com.br", "lk"]

# fact: real injected hosts that look neutral (spam-injection-examples)
FACT_NEUTRAL_HOSTS = ["babynamedetails.com", "jaw6.com", "mrviau.com", "palmalaguna.com", "wgendo.com",
                      "jobpick.com", "king-services.com", "dunnellonmarine.com", "mcclanmuse.com",
                      "theseths.com", "kacafilm.id", "donsburger.id", "enc.lk", "p4-bavaria.de",
                      "www.burestop.eu", "icpcordoba.com.ar", "bertinoargenti.com", "baronbudd.net",
                      "thenewage.net.au", "elsecretodelaluz.com", "www.walhi-jambi.com", "nativemalta.com",
                      "anartoka.com", "germanboard.org", "www.transportesmatos.pt", "watervliethousing.org",
                      "www.matosmix.pt", "www.shoppersdepr.com", "www.speedlinks.com", "www.fprtm.com",
                      "infrastructurelogistics.ca", "revitalcare.com.au", "sanwajutaku-chukai.com",
                      "www.mededuinfo.com", "martinaberto.co.id", "aurl.es", "rsudcengkareng.com"]
# fact: gambling-named throwaway hosts seen in the examples
FACT_GAMB_HOSTS = ["servergacorx500.com", "room-gacor.almatajer.online", "slotoppoid.cyou",
                   "44bolaku.site", "betblastcasino-gb.com", "gold-eagle-casino.com", "kasinoslovensko10.com",
                   "mgrokokbet.com", "akseslink.xyz", "slot-toto.germanboard.org", "data.ltbet.com"]
# fact: hijacked institutional hosts + paths seen in the examples
FACT_HIJACKED = [
    "https://sehati.halal.go.id/login/", "https://puskesmas-sambirejo.sragenkab.go.id/galeri/slot-gacor/",
    "https://sipari.jogjaprov.go.id/uploads/berita/", "https://dinsos.merauke.go.id/berita/slot-gacor/",
    "https://dinkes.sragenkab.go.id/galeri/slot-gacor/", "https://informatika.politap.ac.id/gacor-bang/",
    "https://informatika.politap.ac.id/server-thailand/",
    "http://www.fhycs.unju.edu.ar/sistema_comunicacion/uploads/bandartogel/",
    "https://lfu.edu.krd/", "https://apnp.ifsul.edu.br/", "https://www.aunap.gov.co/",
    "https://registration.ecc.gov.jm/", "https://www.usn.ac.id/", "https://situs-toto.amikpgrikebumen.ac.id/",
    "https://mesy.uika-bogor.ac.id/store/gates-of-olympus/",
    "https://mesy.uika-bogor.ac.id/store/deposit-pulsa-tanpa-potongan/",
    "https://daftar.upbatam.ac.id/uploads/2023/", "https://mi.unisbank.ac.id/", "https://fao.balinkbayan.gov.ph/",
    "https://info.halal.go.id/slot-gacor/", "https://bogor.perpusnas.go.id/xampp/rtp-slot-gacor/",
    "https://sisfo.univpgri-palembang.ac.id/full/slot-gacor/",
    "https://cbt.univpgri-palembang.ac.id/login/slot-gacor-online/",
    "https://bpsdm.sultengprov.go.id/assets/slot-gacor/",
    "https://fedep.bappeda.pemalangkab.go.id/application/-/rtp-slot-gacor/",
    "https://bappeda.pemalangkab.go.id/-/slot-pulsa/", "http://ekonomi.unhasy.ac.id/uploads/pengumuman/",
    "http://teknik.unhasy.ac.id/uploads/kurikulum/", "https://kknreguler.unsam.ac.id/tinymce/",
    "https://divif2.kostrad.mil.id/-/slot-hari-ini/", "https://divif2.kostrad.mil.id/store/server-thailand/",
    "https://ptsp.halal.go.id/store/server-thailand/", "https://ptsp.halal.go.id/slot-hari-ini/",
    "http://ecwc.gov.et/nit/", "https://disbangan.pasarjaya.co.id/dist/", "https://uvt.unju.edu.ar/",
    "https://www.universidaddelpedregal.edu.mx/Recorridovirtual",
    "https://www.collarsearch.com/wp-content/plugins/slot-deposit-pulsa/",
]
FACT_FREEHOST = ["https://dor123.vercel.app/"]
FACT_SHORT = ["https://rb.gy/6c1ov", "https://rebrand.ly/daftar-akun-disini", "https://rebrand.ly/daftar-main-disini",
              "https://urlink.id/akungacor", "https://urlink.id/mentari77", "https://twtr.to/hwat1",
              "https://linkpop.com/situs-slot-online-2023", "https://linkpop.com/daftar-situs-slot-terpercaya"]

KAB = ["sragen", "merauke", "pemalang", "bantul", "sleman", "klaten", "boyolali", "wonogiri", "magelang",
       "kudus", "jepara", "blora", "rembang", "pati", "demak", "kendal", "batang", "brebes", "banyumas",
       "cilacap", "kebumen", "purworejo", "lumajang", "jember", "banyuwangi", "situbondo", "bondowoso",
       "pasuruan", "sidoarjo", "mojokerto", "jombang", "nganjuk", "magetan", "ngawi", "ponorogo",
       "pacitan", "trenggalek", "tulungagung", "garut", "ciamis", "kuningan", "majalengka", "sumedang",
       "indramayu", "subang", "purwakarta", "karawang", "sukabumi", "cianjur", "lebak", "pandeglang",
       "tanggamus", "pesawaran", "lahat", "muaraenim", "banyuasin", "kampar", "siak", "bengkalis",
       "sintang", "ketapang", "kutaitimur", "paser", "bone", "gowa", "maros", "pinrang", "sumba",
       "manggarai", "sikka", "mimika", "jayapura", "halmaheraselatan", "buton", "kolaka", "bolmong"]
PROV = ["jogjaprov", "sultengprov", "jatengprov", "jatimprov", "jabarprov", "bantenprov", "riau",
        "sumselprov", "kalbarprov", "ntbprov", "nttprov", "sulselprov", "malukuprov", "papua",
        "bengkuluprov", "jambiprov", "babelprov", "gorontaloprov", "kaltimprov", "sultraprov"]
DEPT = ["dinsos", "dinkes", "disdik", "bappeda", "bpbd", "dpmptsp", "diskominfo", "setda", "inspektorat",
        "dispar", "disnaker", "bkpsdm", "dukcapil", "dishub", "dlh", "bapenda", "perkim", "dpupr",
        "satpolpp", "kesbangpol", "jdih", "ppid", "sipd", "e-office", "simpeg", "lpse", "rsud",
        "dispertan", "diskop", "dpmd", "perpustakaan", "arsip", "kecamatan-kota", "puskesmas-kota"]
UNIV = ["unhasy", "unisbank", "upbatam", "uika-bogor", "politap", "unsam", "univpgri-palembang", "unisla",
        "stikesmuh", "stmik-tasik", "poltekba", "stkipbima", "iainptk", "umsb", "unwir", "uniska-bjm",
        "stiepari", "polnep", "unmuhjember", "uvers", "stiamak", "stikes-hi", "unbara", "unikama",
        "unimor", "polimedia", "stitnu", "unper", "unsur", "ummi", "unu-jogja", "stie-ganesha"]
UNIV_SUB = ["elearning", "sisfo", "lppm", "perpus", "pmb", "siakad", "journal", "ejournal", "repository",
            "fkip", "ft", "feb", "kkn", "spmb", "cbt", "lms", "pasca", "alumni", "tracer", "sim", "bkd"]
SCHOOL_CITY = ["bekasi", "bogor", "depok", "tangerang", "bandung", "garut", "sukabumi", "cirebon",
               "tegal", "solo", "jogja", "kediri", "malang", "madiun", "jember", "medan", "padang",
               "palembang", "lampung", "pontianak", "samarinda", "makassar", "kendari", "ambon", "kupang"]
FOREIGN_EDU_GOV = [("portal", "dilg", "gov.ph"), ("e-services", "lgu-sanpablo", "gov.ph"),
                   ("bids", "cityofnaga", "gov.ph"), ("campus", "unap", "edu.pe"), ("sigu", "uncp", "edu.pe"),
                   ("portal", "fuoye", "edu.ng"), ("lms", "uet", "edu.pk"), ("www", "dshe", "gov.bd"),
                   ("reg", "kmitl", "ac.th"), ("elearning", "hcmus", "edu.vn"), ("www", "udes", "edu.co"),
                   ("sistemas", "tlaxcala", "gob.mx"), ("portal", "ufpa", "edu.br"), ("www", "mof", "gov.et"),
                   ("moodle", "unam", "edu.ar"), ("www", "hhs", "gov.jm"), ("eclass", "uok", "edu.krd"),
                   ("library", "nust", "edu.pk"), ("www", "mardi", "gov.my"), ("app", "dost", "gov.ph")]
HIJACK_PATHS = ["/slot-gacor/", "/-/slot-pulsa/", "/uploads/bandartogel/", "/store/slot-gacor/",
                "/galeri/slot-gacor/", "/assets/rtp-slot-gacor/", "/-/slot-hari-ini/", "/store/server-thailand/",
                "/.well-known/", "/public/toto-macau/", "/images/-/sbobet88/", "/situs-toto/", "/vendor/slot-dana/",
                "/js/gacor/", "/plugins/maxwin/", "/pengumuman/slot88/", "/-/togel-online/", "/files/rtp-live/",
                "/assets/akun-pro-thailand/", "/modul/scatter-hitam/", "/wp-content/uploads/slot-demo/",
                "/uploads/toto-4d/", "/-/mahjong-ways/", "/store/gates-of-olympus/", "/application/-/link-gacor/",
                "/media/slot-thailand/", "/files/-/bandar-togel/", "/login/?slot=gacor", "/?id=situs-toto",
                "/docs/setup_files/news/"]
HIJACK_NEUTRAL_PATHS = ["/login/", "/uploads/berita/", "/pelatihan/", "/tinymce/", "/uploads/2023/", "/dist/",
                        "/themes/", "/public/", "/assets/", "/"]
PROMO_SLUG_WORDS = [("warga", "main", "mahjong-ways", "tengah-malam", "scatter-hitam-turun"),
                    ("ojol", "menang", "gates-of-olympus", "modal-receh", "maxwin-x500"),
                    ("pedagang", "cuan", "slot-pulsa", "pagi-hari", "jp-paus"),
                    ("mahasiswa", "jp", "starlight-princess", "malam-minggu", "scatter-merah")]

ID_PROMO_ANCHORS = ["Slot Gacor", "slot gacor", "situs toto", "togel online", "Slot Thailand", "RTP Slot Gacor",
                    "slot deposit pulsa", "Slot Pulsa", "judi online", "judi bola", "agen sbobet", "slot777",
                    "mahjong ways", "scatter hitam", "gates of olympus", "bandar togel", "toto macau",
                    "slot dana", "link alternatif", "daftar slot", "situs judi online terpercaya", "sbobet88",
                    "bocoran rtp", "akun pro thailand", "slot server kamboja", "poker online", "domino qq",
                    "sabung ayam online", "situs slot online", "Toto Slot", "Situs Togel", "slot 5000",
                    "slot deposit 1000", "link gacor hari ini", "bo slot terpercaya", "togel hongkong",
                    "live draw sgp", "slot maxwin", "situs toto 4d", "slot bet 200", "demo slot pragmatic"]
EN_ANCHORS = {
    "casino": ["online casino", "best online casinos", "no deposit bonus", "free spins", "real money slots",
               "live roulette", "crypto casino", "casino bonus codes", "new online casinos", "fast payout casino"],
    "betting": ["sports betting sites", "betting tips", "best odds", "football betting", "bookmaker bonus",
                "esports betting"],
    "pharma": ["buy viagra online", "generic cialis", "cheap tramadol", "online pharmacy", "weight loss pills",
               "ed pills without prescription", "buy modafinil", "cheap xanax"],
    "loan": ["payday loans", "instant cash advance", "bad credit loans", "fast personal loans",
             "same day loans", "title loans online"],
    "adult": ["hot singles", "live cams", "adult dating", "escort service", "sexy webcam girls"],
    "seo": ["buy backlinks", "guest post service", "cheap SEO services", "buy Instagram followers", "PBN links",
            "high DA backlinks"],
}
EN_HOSTS = {
    "casino": ["{b}-casino.com", "{b}casino-uk.com", "{b}spins.net", "casino{n}.online", "{b}slots.club",
               "best-casinos-{c}.com", "{b}-casino-{c}.org", "kasino{c}{n}.com"],
    "betting": ["{b}bet{n}.com", "sportsbet-{c}.net", "{b}odds.io", "bet{b}.live", "{b}-sportsbook.com"],
    "pharma": ["cheap-viagra-online.{t}", "genericcialis{n}.com", "buy-tramadol-nopresc.net", "rx-pharmacy-{c}.top",
               "ed-meds-discount.shop", "{b}pills.online", "meds{n}-store.com", "canadian-pharmacy-{b}.net"],
    "loan": ["payday-loans-{c}.net", "instant-cash-advance-now.com", "quickloan-{b}.xyz", "bad-credit-loans-{n}.com",
             "{b}lending-fast.com", "cashnow{n}.loan"],
    "adult": ["hot-singles-{c}.xyz", "livecam{b}.club", "adultdating-{b}.com", "{b}-escorts.vip", "xcams{n}.live"],
    "seo": ["buy-backlinks-{b}.com", "seo-guestpost-{b}.net", "rankboost-pbn.com", "{b}followers.shop",
            "cheap-seo-{c}.agency", "linkbuilding{n}.pro"],
}
EN_BRANDS = ["lucky", "golden", "royal", "vegas", "spin", "jackpot", "ace", "emerald", "tiger", "nova", "crown",
             "maple", "eagle", "harbor", "blaze", "star", "pixel", "zen", "apex", "atlas"]
EN_COUNTRIES = ["uk", "ca", "au", "nz", "ie", "de", "fi", "no", "se", "usa", "gb", "sk", "lt"]

# Indonesian loan / pharma / adult promo (pinjol, obat kuat) — same spam economy
ID_OTHER_ANCHORS = {"loan": ["pinjaman online cepat cair", "pinjol tanpa BI checking", "dana tunai kilat",
                             "pinjaman tanpa jaminan"],
                    "pharma": ["obat kuat pria", "jual viagra asli", "obat pelangsing ampuh", "cialis original"],
                    "adult": ["video syur terbaru", "live streaming hot", "cewek panggilan"]}
ID_OTHER_HOSTS = {"loan": ["pinjaman-{b}-cepatcair.com", "danakilat{n}.xyz", "pinjol{b}.online", "kredit-tunai-{b}.site"],
                  "pharma": ["obatkuat-{b}.shop", "jualviagra{n}.com", "apotek-{b}-murah.online", "pelangsing{n}.store"],
                  "adult": ["hot{b}{n}.xyz", "live-{b}.club", "vcs{b}{n}.vip"]}

# --------------------------------------------------------------------------------------------
# Legitimate vocabulary
# --------------------------------------------------------------------------------------------

# news brands mentioned as bare domains; (keyword regex or None for general news, brands)
ID_NEWS_BRANDS = [
    (None, ["Kompas.com", "Detik.com", "Tempo.co", "Liputan6.com", "Tribunnews.com", "Okezone.com", "Viva.co.id",
            "Republika.co.id", "Tirto.id", "Antaranews.com", "Kumparan.com", "Suara.com", "Merdeka.com", "JPNN.com",
            "Sindonews.com", "BBC.com"]),
    (r"sepak bola|pemain|klub|gol|pelatih|liga|timnas|laga", ["Bola.com", "Goal.com", "ESPN.com", "Marca.com",
                                                              "Football-Italia.net", "Mirror.co.uk", "Skysports.com"]),
    (r"aplikasi|startup|ponsel|smartphone|teknologi|internet|perangkat", ["TechCrunch.com", "TheVerge.com", "Engadget.com", "GSMArena.com"]),
    (r"film|aktris|aktor|penyanyi|album|konser|selebriti", ["Variety.com", "PageSix.com", "Dailymail.co.uk", "Billboard.com", "TMZ.com"]),
    (r"saham|ekonomi|investasi|rupiah|bisnis|perusahaan", ["Kontan.co.id", "Bisnis.com", "Katadata.co.id", "CNBCIndonesia.com", "Bloomberg.com"]),
]
EN_NEWS_BRANDS = [
    (None, ["Politico.com", "Axios.com", "NBCNews.com", "Yahoo.com", "BusinessInsider.com"]),
    (r"game|players|season|coach|league|team", ["ESPN.com", "BleacherReport.com", "SI.com"]),
    (r"Apple|Google|app|software|device|phone", ["TechCrunch.com", "TheVerge.com", "Engadget.com", "9to5Mac.com"]),
    (r"film|movie|album|tour|actress|actor|singer|band", ["Variety.com", "Deadline.com", "Pitchfork.com", "TMZ.com", "Billboard.com"]),
    (r"stocks|shares|investors|market|economy|earnings", ["Bloomberg.com", "CNBC.com", "MarketWatch.com"]),
]


def topical_brands(table, text):
    out = []
    for rx, brands in table:
        if rx is None or topic_hits(rx, text) >= 2:
            out.extend(brands)
    return out


# Topic-aware legitimate targets. Each entry: (keyword regex matched against the base article,
# [(organisation, url template)], [social handles]). {slug} is the base article's own slug, so a
# cited page is "the same story / the same agency" rather than a random page.
ID_TOPICS = [
    (r"gempa|tsunami|cuaca|BMKG|hujan lebat", [("BMKG", "https://www.bmkg.go.id/gempabumi/gempabumi-terkini.bmkg"),
      ("BMKG", "https://www.bmkg.go.id/cuaca/prakiraan-cuaca-indonesia.bmkg"), ("BMKG", "https://www.bmkg.go.id/berita/?p={slug}")], ["infobmkg"]),
    (r"CPNS|\bASN\b|\bPNS\b|\bBKN\b|aparatur sipil", [("BKN", "https://sscn.bkn.go.id"), ("BKN", "https://sscn.bkn.go.id/"),
      ("Kementerian PANRB", "https://www.menpan.go.id/site/berita-terkini/{slug}"), ("BKN", "https://www.bkn.go.id/berita/{slug}")], ["bkngoidofficial", "kemenpanrb"]),
    (r"\bKPK\b|korupsi|suap|gratifikasi", [("KPK", "https://www.kpk.go.id/id/berita/siaran-pers/{n3}-{slug}"),
      ("KPK", "https://acch.kpk.go.id/id/statistik/tpk-berdasarkan-jenis-perkara"), ("JDIH", "https://peraturan.bpk.go.id/Home/Details/{n5}/uu-no-{n1}-tahun-{y}")], ["official.kpk"]),
    (r"pajak|APBN|Kemenkeu|Sri Mulyani|anggaran negara|cukai", [("Kementerian Keuangan", "https://www.kemenkeu.go.id/publikasi/berita/{slug}/"),
      ("DJP", "https://www.pajak.go.id/id/berita/{slug}"), ("Bea Cukai", "https://www.beacukai.go.id/berita/{slug}.html"),
      ("JDIH", "https://jdih.kemenkeu.go.id/fullText/{y}/{n3}~PMK.0{n1}~{y}Per.pdf")], ["kemenkeuri", "ditjenpajakri"]),
    (r"\bBPS\b|inflasi|ekspor|impor|pertumbuhan ekonomi|neraca perdagangan", [("BPS", "https://www.bps.go.id/pressrelease/{y}/{m:02d}/{d:02d}/{n4}/{slug}.html"),
      ("BPS", "https://www.bps.go.id/subject/3/inflasi.html")], ["bps_statistics"]),
    (r"siswa|sekolah|guru|PPDB|pendidikan dasar|ujian nasional", [("Kemendikbud", "https://www.kemdikbud.go.id/main/blog/{y}/{m:02d}/{slug}"),
      ("SMA", "https://sman{n1}{city}.sch.id/ppdb/"), ("SMK", "https://smkn{n1}{city}.sch.id/profil/"), ("Kemendikbud", "https://ppdb.kemdikbud.go.id/")], ["kemdikbud.ri"]),
    (r"mahasiswa|universitas|kampus|SNMPTN|SBMPTN|beasiswa|perguruan tinggi", [("Universitas Indonesia", "https://simak.ui.ac.id/"),
      ("UGM", "https://ugm.ac.id/id/berita/{n5}-{slug}"), ("LTMPT", "https://www.ltmpt.ac.id/"), ("ITB", "https://www.itb.ac.id/news/read/{n5}/home/{slug}"),
      ("LPDP", "https://www.lpdp.kemenkeu.go.id/"), ("Unpad", "https://www.unpad.ac.id/{y}/{m:02d}/{slug}/"), ("SNMPTN", "https://snmptn.ac.id/")], ["ugm.yogyakarta", "univ_indonesia"]),
    (r"Pilkada|pemilu|\bKPU\b|Bawaslu|pilgub|pilpres|pencalonan", [("KPU", "https://www.kpu.go.id/berita/baca/{n4}/{slug}"),
      ("KPU", "https://infopemilu.kpu.go.id/"), ("Bawaslu", "https://www.bawaslu.go.id/id/berita/{slug}")], ["kpu_ri", "bawasluri"]),
    (r"banjir|longsor|bencana|erupsi|gunung api|kebakaran hutan|pengungsi", [("BNPB", "https://bnpb.go.id/berita/{slug}"),
      ("BNPB", "https://dibi.bnpb.go.id/"), ("PVMBG", "https://magma.esdm.go.id/v1/gunung-api/tingkat-aktivitas")], ["bnpb_indonesia"]),
    (r"\btol\b|kereta|bandara|mudik|penerbangan|\bKAI\b|pelabuhan|angkutan", [("Kementerian Perhubungan", "http://dephub.go.id/post/read/{slug}"),
      ("KAI", "https://www.kai.id/information/full_news/{n4}-{slug}"), ("Angkasa Pura II", "http://www.angkasapura2.co.id/id/pelayanan"),
      ("Jasa Marga", "https://www.jasamarga.com/public/id/infotol/tarif.aspx")], ["kai121", "kemenhub151"]),
    (r"\bTNI\b|prajurit|tentara|Kodam|pertahanan", [("TNI AD", "https://tniad.mil.id/{slug}/"), ("Kemhan", "https://www.kemhan.go.id/{y}/{m:02d}/{d:02d}/{slug}.html"),
      ("Puspen TNI", "https://tni.mil.id/view-{n6}-{slug}.html")], ["tni_angkatan_darat", "puspentni"]),
    (r"haji|umrah|Kemenag|madrasah", [("Kemenag", "https://kemenag.go.id/read/{slug}"), ("Kemenag", "https://haji.kemenag.go.id/v4/")], ["kemenag_ri"]),
    (r"Bank Indonesia|rupiah|suku bunga|\bBI\b", [("Bank Indonesia", "https://www.bi.go.id/id/ruang-media/siaran-pers/Pages/sp_{n6}.aspx"),
      ("Bank Indonesia", "https://www.bi.go.id/id/moneter/informasi-kurs/transaksi-bi/Default.aspx")], ["bank_indonesia"]),
    (r"sepak bola|timnas|\bPSSI\b|Liga 1|Asian Games|atlet|Piala AFF|bulu tangkis", [("Kemenpora", "https://kemenpora.go.id/detail/{n3}/{slug}"),
      ("PSSI", "https://www.pssi.org/news/{slug}"), ("INASGOC", "https://www.asiangames2018.id/news/{slug}"), ("PBSI", "https://pbsi.id/berita/{slug}/")], ["pssi", "timnasindonesia", "badminton.ina"]),
    (r"wisata|pariwisata|turis|wisatawan", [("Kemenpar", "http://www.kemenpar.go.id/post/{slug}"), ("Indonesia Travel", "https://www.indonesia.travel/id/id/destinasi/{slug}")], ["kemenparekraf.ri", "wonderfulindonesia"]),
    (r"bansos|kemiskinan|Kemensos|bantuan sosial|PKH", [("Kemensos", "https://cekbansos.kemensos.go.id/"), ("Kemensos", "https://kemensos.go.id/{slug}")], ["kemensosri"]),
    (r"polisi|Polri|Polda|Polres|ditangkap|tersangka", [("Polri", "https://www.polri.go.id/"), ("Humas Polri", "https://humas.polri.go.id/{y}/{m:02d}/{d:02d}/{slug}/"),
      ("Bareskrim", "https://patrolisiber.id/")], ["divisihumaspolri", "tmcpoldametro"]),
    (r"kesehatan|rumah sakit|penyakit|virus|vaksin|BPJS|dokter", [("Kementerian Kesehatan", "https://www.kemkes.go.id/article/view/{n8}/{slug}.html"),
      ("BPJS Kesehatan", "https://bpjs-kesehatan.go.id/bpjs/index.php/post/read/{y}/{n3}/{slug}"), ("BPOM", "https://www.pom.go.id/new/view/more/berita/{n5}/{slug}.html")], ["kemenkes_ri", "bpjskesehatanri"]),
    (r"\bDKI\b|Anies|Ahok|Pemprov DKI|Balai Kota|Sandiaga", [("Pemprov DKI", "https://apbd.jakarta.go.id/"), ("Pemprov DKI", "https://www.jakarta.go.id/{slug}"),
      ("Jakarta Smart City", "https://smartcity.jakarta.go.id/blog/{n3}/{slug}/")], ["dkijakarta", "humasjakfire"]),
    (r"Bupati|Pemkab|kabupaten", [("Pemkab", "https://bappeda.{kab}kab.go.id/dokumen/rkpd-{y}/"), ("Pemkab", "https://www.{kab}kab.go.id/berita/{slug}"),
      ("Pemkab", "https://ppid.{kab}kab.go.id/")], []),
    (r"Presiden|Jokowi|Istana|menteri|kabinet", [("Sekretariat Kabinet", "https://setkab.go.id/{slug}/"), ("Setneg", "https://www.setneg.go.id/baca/index/{slug}"),
      ("Presiden RI", "https://www.presidenri.go.id/siaran-pers/{slug}/")], ["jokowi", "setkabgoid"]),
    (r"DPR|undang-undang|legislasi|RUU", [("DPR", "http://www.dpr.go.id/berita/detail/id/{n5}/t/{slug}"), ("JDIH", "https://peraturan.go.id/common/dokumen/ln/{y}/uu{n1}-{y}.pdf")], ["dpr_ri"]),
]
EN_TOPICS = [
    (r"health|disease|drug|hospital|patients|FDA|medical|eating", ["https://www.cdc.gov/nchs/pressroom/{slug}.htm", "https://www.nih.gov/news-events/news-releases/{slug}",
      "https://www.who.int/news-room/fact-sheets/detail/{slug}", "https://www.fda.gov/news-events/press-announcements/{slug}"], ["CDCgov", "NIH", "WHO"]),
    (r"economy|jobs|market|stocks|shares|investors|bank|retail|sales", ["https://www.sec.gov/news/press-release/{y}-{n3}", "https://www.bls.gov/news.release/empsit.nr0.htm",
      "https://www.census.gov/retail/index.html", "https://www.federalreserve.gov/newsevents/pressreleases/monetary{y}{m:02d}{d:02d}a.htm"], ["SECGov", "BLS_gov", "federalreserve"]),
    (r"NASA|space|rocket|moon|satellite|asteroid", ["https://www.nasa.gov/press-release/{slug}", "https://www.esa.int/Science_Exploration/{slug}"], ["NASA", "esa"]),
    (r"vehicle|car|SUV|crash|emissions|electric", ["https://www.nhtsa.gov/press-releases/{slug}", "https://www.epa.gov/newsreleases/{slug}", "https://www.fueleconomy.gov/feg/evsbs.shtml"], ["NHTSAgov", "EPA"]),
    (r"court|charged|pleaded|prosecutor|judge|sentenced|indictment|guilty", ["https://www.justice.gov/opa/pr/{slug}", "https://www.justice.gov/usao-sdny/pr/{slug}"], ["TheJusticeDept", "FBI"]),
    (r"university|study|researchers|scientists|professor", ["https://news.stanford.edu/{y}/{m:02d}/{d:02d}/{slug}/", "https://www.ox.ac.uk/news/{y}-{m:02d}-{d:02d}-{slug}",
      "https://news.mit.edu/{y}/{slug}-{m:02d}{d:02d}"], ["Stanford", "UniofOxford", "MIT"]),
    (r"Congress|Senate|impeachment|lawmakers|bill|House Democrats|Republicans", ["https://www.congress.gov/bill/116th-congress/house-bill/{n4}",
      "https://www.whitehouse.gov/briefings-statements/{slug}/"], ["uscapitol", "WhiteHouse"]),
    (r"Britain|British|UK|London|England", ["https://www.gov.uk/government/news/{slug}", "https://www.ons.gov.uk/economy", "https://www.parliament.uk/business/news/"], ["GOVUK", "ONS"]),
    (r"Australia|Sydney|New South Wales", ["https://www.nsw.gov.au/news/{slug}", "https://www.abs.gov.au/"], ["NSWGov"]),
    (r"Canada|Canadian|Ontario", ["https://www.canada.ca/en/health-canada/news/{y}/{m:02d}/{slug}.html", "https://www.canada.ca/en/services.html"], ["GovCanada"]),
    (r"Apple|Mac|iPhone|iPad", ["https://www.apple.com/newsroom/{y}/{m:02d}/{slug}/", "https://www.apple.com/newsroom/"], ["Apple"]),
    (r"Google|Stadia|Android|YouTube", ["https://blog.google/products/{slug}/", "https://blog.google/"], ["Google", "GoogleStadia"]),
]
ID_PRODUCT_TOPICS = [
    (r"Xiaomi|Redmi", ["https://www.mi.co.id/id/", "https://www.mi.co.id/id/redmi5a/"]),
    (r"Samsung|Galaxy", ["https://www.samsung.com/id/smartphones/", "https://www.samsung.com/id/smartphones/galaxy-note8/"]),
    (r"Oppo|OPPO", ["https://www.oppo.com/id/", "https://www.oppo.com/id/smartphone-f5/"]),
    (r"Vivo|vivo", ["https://www.vivo.com/id/"]), (r"Asus|ASUS|Zenfone", ["https://www.asus.com/id/"]),
    (r"iPhone|Apple|iPad|MacBook", ["https://www.apple.com/id/", "https://www.apple.com/id/iphone-x/"]),
    (r"Lenovo", ["https://www.lenovo.com/id/in/"]), (r"Nokia", ["https://www.nokia.com/phones/id_id"]),
    (r"Go-Jek|Go - Jek|Gojek|GO-JEK|GoPay", ["https://www.gojek.com/", "https://www.gojek.com/gopay/", "https://play.google.com/store/apps/details?id=com.gojek.app"]),
    (r"Tokopedia", ["https://www.tokopedia.com/", "https://play.google.com/store/apps/details?id=com.tokopedia.tkpd"]),
    (r"Bukalapak", ["https://www.bukalapak.com/"]), (r"Traveloka", ["https://www.traveloka.com/id-id/"]),
    (r"Telkomsel", ["https://www.telkomsel.com/"]), (r"Indosat", ["https://indosatooredoo.com/"]),
    (r"Suzuki", ["https://www.suzuki.co.id/motorcycle/gsx-r150", "https://www.suzuki.co.id/"]),
    (r"Honda", ["https://www.honda-indonesia.com/", "https://www.astra-honda.com/"]), (r"Toyota", ["https://www.toyota.astra.co.id/"]),
    (r"Yamaha", ["https://www.yamaha-motor.co.id/"]), (r"Windows|Microsoft", ["https://www.microsoft.com/id-id/windows"]),
    (r"konser|festival musik|pertunjukan musik", ["https://www.loket.com/", "https://www.tiket.com/to-do", "https://www.rajakarcis.com/"]),
    (r"bioskop|sinema|layar lebar", ["https://21cineplex.com/", "https://www.cgv.id/"]),
    (r"game|gim|PlayStation|Nintendo|konsol", ["https://www.playstation.com/id-id/", "https://www.nintendo.com/games/", "https://store.steampowered.com/app/{n6}/"]),
    (r"bank|tabungan|kartu kredit", ["https://www.bankbjb.co.id/", "https://www.bca.co.id/", "https://www.bankmandiri.co.id/"]),
]
EN_PRODUCT_TOPICS = [
    (r"MacBook|iPhone|iPad|Apple Watch|AirPods", ["https://www.apple.com/macbook-pro-16/", "https://www.apple.com/shop/buy-mac/macbook-pro", "https://support.apple.com/kb/SP{n3}"]),
    (r"Stadia", ["https://stadia.google.com/", "https://support.google.com/stadia/answer/{n7}"]),
    (r"game|Xbox|PlayStation|Nintendo|Steam", ["https://store.steampowered.com/app/{n6}/", "https://www.xbox.com/en-US/games"]),
    (r"tour|concert|tickets|album", ["https://www.ticketmaster.com/", "https://www.livenation.com/"]),
    (r"Tesla|Ford|Nissan|Toyota|Volkswagen|Lexus|Mustang", ["https://www.tesla.com/model3", "https://www.ford.com/suvs/mach-e/", "https://www.nissanusa.com/vehicles/cars/sentra.html", "https://www.lexus.com/models/LC"]),
    (r"Amazon|Black Friday|deal|discount|coupon", ["https://www.amazon.com/dp/B0{n7}X", "https://www.bestbuy.com/"]),
    (r"software|developer|code|API|app", ["https://github.com/{gh}", "https://developer.apple.com/documentation/", "https://docs.microsoft.com/en-us/"]),
    (r"recipe|honey|pear|cook|kitchen", ["https://www.kingarthurbaking.com/recipes", "https://www.amazon.com/dp/B0{n7}X"]),
    (r"bike|motorcycle|workshop manual", ["https://www.clymer.co.uk/", "https://www.haynes.com/en-gb/"]),
]
WIKI_ID_TOPICS = [(r"BMKG|gempa", "Badan_Meteorologi,_Klimatologi,_dan_Geofisika"), (r"Liga 1", "Liga_1_(Indonesia)"),
                  (r"\bKPK\b", "Komisi_Pemberantasan_Korupsi"), (r"Persib", "Persib_Bandung"), (r"Gunung Agung", "Gunung_Agung"),
                  (r"Soekarno - Hatta|Soekarno-Hatta", "Bandar_Udara_Internasional_Soekarno–Hatta"), (r"\bOJK\b", "Otoritas_Jasa_Keuangan"),
                  (r"timnas", "Tim_nasional_sepak_bola_Indonesia"), (r"Asian Games", "Asian_Games_2018"),
                  (r"Pilkada DKI|Pilgub DKI", "Pilkada_DKI_Jakarta_2017"), (r"kereta cepat", "Kereta_cepat_Jakarta–Bandung"),
                  (r"ransomware|WannaCry", "WannaCry"), (r"SNMPTN", "Seleksi_Nasional_Masuk_Perguruan_Tinggi_Negeri"),
                  (r"BSSN|siber", "Badan_Siber_dan_Sandi_Negara"), (r"Real Madrid", "Real_Madrid_CF"), (r"Manchester United", "Manchester_United_F.C."),
                  (r"Jokowi|Joko Widodo", "Joko_Widodo"), (r"Ahok|Basuki", "Basuki_Tjahaja_Purnama"), (r"Chelsea", "Chelsea_F.C."),
                  (r"Formula 1|F1", "Formula_Satu"), (r"Korea Utara", "Korea_Utara"), (r"Donald Trump", "Donald_Trump")]
WIKI_EN_TOPICS = [(r"gambling|gamble|casinos?", "Online_gambling"), (r"payday|payday loans?", "Payday_loan"), (r"Java\b", "Java_(programming_language)"),
                  (r"Delhi", "Air_pollution_in_Delhi"), (r"meth|methamphetamine", "Methamphetamine"), (r"Doobie", "The_Doobie_Brothers"),
                  (r"Stadia", "Google_Stadia"), (r"MacBook", "MacBook_Pro"), (r"Davis Cup", "Davis_Cup"), (r"tuft cells?", "Tuft_cell"),
                  (r"native ads?|native advertising", "Native_advertising"), (r"electric vehicles?", "Electric_vehicle"), (r"impeachment", "Impeachment_inquiry_against_Donald_Trump"),
                  (r"Red Dead", "Red_Dead_Redemption_2"), (r"Auto Show", "Los_Angeles_Auto_Show"), (r"Hong Kong", "2019–20_Hong_Kong_protests"),
                  (r"Mourinho", "José_Mourinho"), (r"Tottenham", "Tottenham_Hotspur_F.C."), (r"Brexit", "Brexit"), (r"Disney\+", "Disney%2B")]
OUTLET_SOCIAL = {"cnn indonesia": "CNNIndonesia", "kumparan": "kumparan", "merdeka": "merdekadotcom", "suara": "suaradotcom",
                 "antaranews": "antaranews", "dailysocial.id": "dailysocial", "juara.net": "JUARAnet", "goal indonesia": "GoalIDN",
                 "poskotanews": "poskotanews", "rimanews": "rimanews"}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

class Ctx:
    """Per-record splice context."""

    def __init__(self, rng, rec_url, lang, outlet, base_text="", slug="", category=""):
        self.rng = rng
        self.category = category
        self.base_text = base_text
        self.slug = slug
        self.url = rec_url
        self.lang = lang
        self.outlet = outlet
        self.own_host = host_of(rec_url) if rec_url else ""
        self.own_reg = registrable(self.own_host) if self.own_host else ""


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def rand_code(rng, n, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def rnum(rng, digits):
    return str(rng.randrange(10 ** (digits - 1), 10 ** digits))


def slug_from_id(base_id):
    s = re.sub(r"^indosum-\d+-", "", base_id)
    parts = s.split("-")
    if len(parts) > 3 and len(parts[-1]) <= 4:
        parts = parts[:-1]
    return "-".join(parts)


def headline_from_slug(slug):
    small = {"di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "soal"}
    words = [w for w in slug.split("-") if w]
    out = []
    for i, w in enumerate(words):
        out.append(w if (i and w in small) else (w.upper() if len(w) <= 3 and w in {"kpk", "ri", "dki", "tni", "pdip", "bi", "ojk", "mu", "psg", "as"} else w.capitalize()))
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# injected URL generators
# --------------------------------------------------------------------------------------------

def gamb_host(rng):
    r = rng.random()
    b, g, g2, n, t = pick(rng, BRANDS), pick(rng, GAMB_WORDS), pick(rng, GAMB_WORDS), pick(rng, NUMS), pick(rng, THROWAWAY_TLDS)
    if g2 == g:
        g2 = "gacor" if g != "gacor" else "slot"
    if r < 0.22:
        h = f"{b}{g}{n}.{t}"
    elif r < 0.40:
        h = f"{g}{g2}{n}.{t}"
    elif r < 0.52:
        h = f"{g}-{g2}.{t}"
    elif r < 0.66:
        h = f"{b}{n}.{t}"
    elif r < 0.76:
        h = f"{g}{b}{n}.{t}"
    elif r < 0.84:
        h = f"{pick(rng, ['link', 'daftar', 'login', 'm', 'rtp', 'alternatif', 'wap'])}.{b}{g}{n}.{t}"
    elif r < 0.92:
        h = f"{b}{g}.{t}"
    else:
        h = pick(rng, FACT_GAMB_HOSTS)
    return h.replace("--", "-")


def neutral_host(rng):
    r = rng.random()
    if r < 0.30:
        return pick(rng, FACT_NEUTRAL_HOSTS)
    if r < 0.65:
        a, b = pick(rng, NEUTRAL_ID), pick(rng, NEUTRAL_ID)
        if a == b:
            b = "online"
        sep = pick(rng, ["", "", "-"])
        return f"{a}{sep}{b}.{pick(rng, NEUTRAL_TLDS)}"
    a, b = pick(rng, NEUTRAL_EN), pick(rng, NEUTRAL_EN)
    if a == b:
        b = "works"
    return f"{a}{pick(rng, ['', '', '-'])}{b}.{pick(rng, NEUTRAL_TLDS)}"


def hijacked_url(rng, promo_path=True):
    r = rng.random()
    if r < 0.30:
        u = pick(rng, FACT_HIJACKED)
        return u
    if r < 0.55:
        host = f"{pick(rng, DEPT)}.{pick(rng, KAB)}{pick(rng, ['kab', 'kab', 'kota'])}.go.id"
    elif r < 0.62:
        host = f"{pick(rng, DEPT)}.{pick(rng, PROV)}.go.id"
    elif r < 0.80:
        host = f"{pick(rng, UNIV_SUB)}.{pick(rng, UNIV)}.ac.id"
    elif r < 0.87:
        c = pick(rng, SCHOOL_CITY)
        host = pick(rng, [f"sman{rng.randrange(1, 15)}{c}.sch.id", f"smkn{rng.randrange(1, 9)}-{c}.sch.id",
                          f"smpn{rng.randrange(1, 40)}{c}.sch.id", f"sdit-{pick(rng, NEUTRAL_ID)}.sch.id"])
    elif r < 0.91:
        host = pick(rng, [f"yonif{rng.randrange(300, 760)}.kostrad.mil.id", f"kodim{rng.randrange(100, 1800):04d}.tniad.mil.id",
                          f"lanal{pick(rng, SCHOOL_CITY)}.tnial.mil.id", f"rumkit.{pick(rng, ['lanud', 'kesdam'])}{rng.randrange(1, 18)}.mil.id"])
    else:
        s, inst, suf = pick(rng, FOREIGN_EDU_GOV)
        host = f"{s}.{inst}.{suf}"
    if promo_path or rng.random() < 0.5:
        p = pick(rng, HIJACK_PATHS)
        if p == "/docs/setup_files/news/":
            w = pick(rng, PROMO_SLUG_WORDS)
            p += f"{w[0]}-{pick(rng, KAB)}-{w[1]}-{w[2]}-{w[3]}-{w[4]}.html"
    else:
        p = pick(rng, HIJACK_NEUTRAL_PATHS)
    return f"{pick(rng, ['https', 'https', 'https', 'http'])}://{host}{p}"


def freehost_url(rng):
    if rng.random() < 0.1:
        return pick(rng, FACT_FREEHOST)
    b, g, n = pick(rng, BRANDS), pick(rng, GAMB_WORDS), pick(rng, NUMS)
    name = pick(rng, [f"{b}{n}", f"{g}-{b}{n}", f"link-{g}-{b}", f"{b}{g}-resmi", f"{g}-gacor-hari-ini",
                      f"rtp-{b}{n}", f"login-{b}{n}", f"daftar-{b}{g}"])
    r = rng.random()
    if r < 0.25:
        return f"https://{name}.vercel.app/"
    if r < 0.45:
        return f"https://{name}.netlify.app/"
    if r < 0.60:
        return f"https://{name}.github.io/"
    if r < 0.75:
        return f"https://{name.replace('-', '')}.blogspot.com/{pick(rng, [2023, 2024, 2025])}/{rng.randrange(1, 13):02d}/{pick(rng, ['bocoran-rtp-slot', 'link-gacor-hari-ini', 'situs-toto-resmi', 'pola-mahjong-ways'])}.html"
    if r < 0.85:
        return f"https://{name}.pages.dev/"
    if r < 0.93:
        return f"https://sites.google.com/view/{name}/"
    return f"https://{name}.web.app/"


def shortener_promo_url(rng):
    if rng.random() < 0.15:
        return pick(rng, FACT_SHORT)
    b, n = pick(rng, BRANDS), pick(rng, NUMS)
    r = rng.random()
    if r < 0.2:
        return f"https://rb.gy/{rand_code(rng, 5).lower()}"
    if r < 0.35:
        return f"https://bit.ly/{pick(rng, [f'{b}{n}login', f'link{b}gacor', f'daftar-{b}{n}', rand_code(rng, 7)])}"
    if r < 0.48:
        return f"https://rebrand.ly/{pick(rng, ['daftar-slot', 'linkgacor', f'{b}{n}', 'akun-pro-jp'])}"
    if r < 0.60:
        return f"https://s.id/{pick(rng, [f'{b}{n}', f'{b}toto', 'gacormaxwin', f'login{b}'])}"
    if r < 0.72:
        return f"https://linktr.ee/{pick(rng, [f'{b}{n}official', f'{b}gacor', f'situs{b}'])}"
    if r < 0.82:
        return f"https://cutt.ly/{rand_code(rng, 7)}"
    if r < 0.92:
        return f"https://tinyurl.com/{pick(rng, [f'{b}-{n}-login', 'slotgacormaxwin', rand_code(rng, 8).lower()])}"
    return f"https://heylink.me/{b}{n}/"


def en_spam(rng, topic):
    b, n, c = pick(rng, EN_BRANDS), pick(rng, ["24", "365", "7", "99", "1", "2", "777", "10"]), pick(rng, EN_COUNTRIES)
    host = pick(rng, EN_HOSTS[topic]).format(b=b, n=n, c=c, t=pick(rng, ["com", "net", "shop", "top"]))
    path = pick(rng, ["/", "/", "", f"/{pick(rng, ['bonus', 'signup', 'offer', 'shop', 'apply', 'review', 'go'])}/",
                      f"/?ref={rand_code(rng, 6).lower()}"])
    return f"https://{host}{path}", pick(rng, EN_ANCHORS[topic]).replace("{b}", b)


def id_other_spam(rng, topic):
    b, n = pick(rng, BRANDS), pick(rng, NUMS)
    host = pick(rng, ID_OTHER_HOSTS[topic]).format(b=b, n=n)
    return f"https://{host}/", pick(rng, ID_OTHER_ANCHORS[topic])


def promo_url(rng, flavour=None):
    """A promo target URL (full, with scheme) and its class."""
    r = rng.random() if flavour is None else flavour
    if r < 0.40:
        h = gamb_host(rng)
        tail = pick(rng, ["/", "/", "/", "", f"/{pick(rng, ['daftar', 'login', 'register', 'link-alternatif', 'rtp'])}/",
                          f"/?ref={rand_code(rng, 6).lower()}"])
        return f"{pick(rng, ['https', 'https', 'http'])}://{h}{tail}", "gambling-host"
    if r < 0.58:
        return f"https://{neutral_host(rng)}/", "neutral-host"
    if r < 0.78:
        return hijacked_url(rng), "hijacked-institution"
    if r < 0.88:
        return freehost_url(rng), "free-hosting"
    return shortener_promo_url(rng), "shortener"


def id_anchor(rng):
    if rng.random() < 0.15:
        b, n = pick(rng, BRANDS), pick(rng, NUMS)
        return pick(rng, [f"{b.upper()}{n.upper()}", f"{b.capitalize()}{n}", f"{b.upper()}TOTO", f"{b.capitalize()}bet"])
    return pick(rng, ID_PROMO_ANCHORS)


def anchor_html(rng, url, text):
    r = rng.random()
    if r < 0.45:
        return f'<a href="{url}">{text}</a>'
    if r < 0.70:
        return f'<a href="{url}" rel="dofollow">{text}</a>'
    if r < 0.80:
        return f'<a title="{text}" href="{url}" rel="dofollow">{text}</a>'
    if r < 0.90:
        return f'<strong><a href="{url}">{text}</a></strong>'
    if r < 0.95:
        return f'<a style="color: #9a0f06;" href="{url}" target="_blank">{text}</a>'
    return f"<a href='{url}'>{text}</a>"


# Indonesian promo sentences (our own wording)
ID_PROMO_SENT = [
    "Kunjungi juga {A} untuk info link gacor hari ini.",
    "Bagi pemain baru, {A} menyediakan bonus new member 100%.",
    "Daftar sekarang di {A} dan raih maxwin malam ini.",
    "{A} terpercaya dengan deposit pulsa tanpa potongan.",
    "Cek bocoran RTP live di {A} sebelum bermain.",
    "Main di {A} dijamin wd berapa pun dibayar lunas.",
    "Terima kasih infonya, sangat bermanfaat! Mampir juga ke {A}.",
    "Link resmi {A} anti nawala, login 24 jam.",
    "Pola gacor terbaru bisa dilihat di {A}.",
    "Situs {A} gampang menang, minimal depo 10 ribu.",
    "Jangan lupa klaim freebet di {A}.",
    "Rekomendasi situs toto 4D hadiah terbesar ada di {A}.",
]
ID_OTHER_SENT = {
    "loan": ["Butuh dana cepat? Ajukan {A} cair dalam 10 menit.", "Solusi keuangan tanpa ribet: {A}, tanpa survei."],
    "pharma": ["Tahan lama dan aman, pesan {A} dengan pengiriman rahasia.", "Dapatkan {A} harga grosir, bayar di tempat."],
    "adult": ["Tonton {A} tanpa sensor di sini.", "Yang kesepian malam ini, cek {A}."],
}
EN_PROMO_SENT = {
    "casino": ["A friend of mine mentioned {A} while we were comparing weekend plans, and the bonus terms sounded simpler than most.",
               "Honestly, I only started reading about this after trying {A} last month; withdrawals were quicker than I expected.",
               "People in our group chat kept recommending {A} because the welcome package is easy to understand.",
               "For anyone curious, {A} has a decent comparison of bonuses and payout speeds.",
               "Great write-up. On a side note, I found {A} useful when I wanted a quick overview of reload offers.",
               "Canadian readers often bring up {A} when the conversation turns to loyalty rewards."],
    "betting": ["If you follow the league closely, {A} usually posts the sharpest lines before kickoff.",
                "Anyone putting money on the match should compare prices at {A} first."],
    "pharma": ["If you are dealing with the same issue, {A} ships discreetly and no prescription is needed.",
               "I switched to {A} last year and the prices are a fraction of the pharmacy down the road."],
    "loan": ["When my car broke down I used {A} and had the money the same afternoon.",
             "Need cash before payday? {A} approves applications in minutes, even with bad credit."],
    "adult": ["Bored tonight? {A} has verified profiles in your area.", "Looking for company this weekend? Try {A}."],
    "seo": ["Need more traffic? We sell high-authority guest posts and {A} at fair prices.",
            "Our agency can rank your site on page one within weeks, see {A}."],
}

# --------------------------------------------------------------------------------------------
# spinners (for the "spun copy" pattern)
# --------------------------------------------------------------------------------------------

ID_SPIN = {"mengatakan": "menyatakan", "kata": "ujar", "juga": "pula", "akan": "bakal", "sangat": "amat",
           "membuat": "menciptakan", "karena": "sebab", "tetapi": "namun", "hanya": "cuma", "saat": "ketika",
           "banyak": "beragam", "mendapatkan": "memperoleh", "besar": "akbar", "cepat": "kilat",
           "menjadi": "jadi", "selalu": "senantiasa", "ingin": "mau", "bisa": "dapat", "dapat": "bisa",
           "telah": "sudah", "sudah": "telah", "kemudian": "lalu", "baru": "anyar", "masyarakat": "warga",
           "menurut": "berdasarkan", "pertandingan": "laga", "laga": "pertandingan", "melakukan": "menjalankan",
           "meminta": "memohon", "memberikan": "menyerahkan", "penting": "krusial", "sejumlah": "beberapa",
           "beberapa": "sejumlah", "tersebut": "itu", "untuk": "buat", "lebih": "makin", "namun": "akan tetapi",
           "mengungkapkan": "membeberkan", "menjelaskan": "menerangkan", "sebelumnya": "sebelum itu",
           "pihak": "kubu", "tahun": "tahun", "wilayah": "daerah", "daerah": "kawasan", "warga": "penduduk"}
EN_SPIN = {"said": "stated", "says": "states", "big": "large", "large": "big", "also": "additionally",
           "very": "really", "people": "folks", "company": "firm", "new": "fresh", "important": "crucial",
           "because": "since", "but": "however", "show": "demonstrate", "help": "assist", "buy": "purchase",
           "many": "numerous", "get": "obtain", "use": "utilize", "start": "begin", "started": "began",
           "quickly": "rapidly", "about": "around", "market": "marketplace", "players": "gamers"}


def spin(rng, par, lang):
    table = ID_SPIN if lang == "id" else EN_SPIN
    toks = par.split(" ")
    out = []
    for t in toks:
        m = re.match(r"^([A-Za-z]+)(.*)$", t)
        if m and m.group(1).lower() in table and rng.random() < 0.7:
            w = table[m.group(1).lower()]
            if m.group(1)[0].isupper():
                w = w[0].upper() + w[1:]
            out.append(w + m.group(2))
        else:
            out.append(t)
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# paragraph helpers
# --------------------------------------------------------------------------------------------

def par_has_url(par):
    return bool(detect_urls(par))


def insert_tokens(par, idx, piece):
    toks = par.split(" ")
    idx = max(1, min(idx, len(toks) - 1))
    return " ".join(toks[:idx] + [piece] + toks[idx:])


def mid_index(rng, par):
    toks = par.split(" ")
    n = len(toks)
    if n < 8:
        return None
    cands = []
    for i in range(3, n - 2):
        prev, nxt = toks[i - 1], toks[i]
        if not prev or not nxt:
            continue
        if re.search(r"[.!?:;\"“”()\[\]]$", prev) or re.match(r"^[\"“”(\[]", nxt):
            continue
        if detect_urls(prev) or detect_urls(nxt) or "<" in prev or ">" in nxt:
            continue
        cands.append(i)
    return pick(rng, cands) if cands else None


STOP_ID = set("yang dan di ke dari untuk dengan pada dalam ini itu juga akan tidak sudah telah bisa dapat atau karena "
              "saat oleh para lebih masih hanya namun tetapi sebagai adalah menjadi kata ujar bahwa secara hingga "
              "seperti sebuah kepada ketika setelah sebelum antara sangat kembali tersebut mereka sedang belum "
              "semua masing banyak bahkan sejak selama agar supaya sehingga terhadap tentang melalui".split())
STOP_EN = set("the and with from that this have been were which their there about would could should other after "
              "before while where when what into more most some than then them they also only said says these those "
              "because being every still since until where whose while".split())


def plain_word_index(rng, par, lang):
    toks = par.split(" ")
    stop = STOP_ID if lang == "id" else STOP_EN
    cands = [i for i, t in enumerate(toks) if i > 0 and re.fullmatch(r"[a-z]{5,14}", t) and t not in stop]
    return pick(rng, cands) if cands else None


def name_index(rng, par):
    toks = par.split(" ")
    cands = [i for i, t in enumerate(toks) if i > 0 and re.fullmatch(r"[A-Z][a-z]{3,12}", t)
             and not re.search(r"[.!?]$", toks[i - 1])]
    return pick(rng, cands) if cands else None


# --------------------------------------------------------------------------------------------
# injected splices: each returns (new_paragraphs, [label,...]) or None
# --------------------------------------------------------------------------------------------

def L(span, injected, kind):
    return {"span": span, "injected": injected, "kind": kind}


def prose_pars(pars):
    return [i for i, p in enumerate(pars) if len(p.split(" ")) >= 10 and not par_has_url(p) and "<" not in p]


def homepage(rng, host):
    r = rng.random()
    if r < 0.55:
        return f"https://{host}/"
    if r < 0.70:
        return f"https://{host}"
    if r < 0.82:
        return f"http://{host}/"
    if r < 0.92 and not host.startswith("www."):
        return f"https://www.{host}/"
    return f"http://{host}"


def inj_seed(ctx, pars, spun=False):
    rng = ctx.rng
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    r = rng.random()
    if r < 0.45:
        host = neutral_host(rng)
    elif r < 0.85:
        host = gamb_host(rng)
    elif r < 0.93:
        host = host_of(freehost_url(rng))
    else:
        host = host_of(hijacked_url(rng))
    url = homepage(rng, host)
    k = rng.randrange(2, 6)
    if spun:
        newp = spin(rng, pars[i], ctx.lang)
        newp = insert_tokens(newp, k, url)
        pos = i + 1 if rng.random() < 0.7 else len(pars)
        pars = pars[:pos] + [newp] + pars[pos:]
        return pars, [L(url, True, "inj-seed-spun-copy")]
    pars = list(pars)
    pars[i] = insert_tokens(pars[i], k, url)
    return pars, [L(url, True, "inj-seed-homepage")]


def inj_bare_domain(ctx, pars):
    rng = ctx.rng
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    idx = mid_index(rng, pars[i])
    if idx is None:
        return None
    r = rng.random()
    host = gamb_host(rng) if r < 0.7 else neutral_host(rng) if r < 0.85 else host_of(en_spam(rng, pick(rng, ["casino", "betting"]))[0])
    host = host.replace("www.", "")
    form = rng.random()
    if form < 0.55:
        span = host
    elif form < 0.80:
        span = "www." + host
    else:
        span = host + pick(rng, ["/daftar", "/login", "/rtp", "/promo", "/link-alternatif"])
    pars = list(pars)
    pars[i] = insert_tokens(pars[i], idx, span)
    return pars, [L(span, True, "inj-bare-domain")]


def inj_anchor_promo(ctx, pars):
    rng = ctx.rng
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    if ctx.lang == "en":
        topic = pick(rng, ["casino", "casino", "betting", "pharma", "loan", "adult", "seo"])
        url, text = en_spam(rng, topic)
        a = anchor_html(rng, url, text)
        mode = rng.random()
        pars = list(pars)
        if mode < 0.5:
            idx = mid_index(rng, pars[i])
            if idx is None:
                return None
            pars[i] = insert_tokens(pars[i], idx, a)
        else:
            pars[i] = pars[i] + " " + pick(rng, EN_PROMO_SENT[topic]).replace("{A}", a)
        return pars, [L(url, True, "inj-anchor-promo")]
    if rng.random() < 0.15:
        topic = pick(rng, ["loan", "pharma", "adult"])
        url, text = id_other_spam(rng, topic)
        sent = pick(rng, ID_OTHER_SENT[topic])
    else:
        url, _ = promo_url(rng, rng.random() * 0.9)
        text = id_anchor(rng)
        sent = pick(rng, ID_PROMO_SENT)
    a = anchor_html(rng, url, text)
    mode = rng.random()
    pars = list(pars)
    if mode < 0.45:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, a)
    elif mode < 0.8:
        pars[i] = pars[i] + " " + sent.replace("{A}", a)
    else:
        pos = i + 1
        pars = pars[:pos] + [sent.replace("{A}", a)] + pars[pos:]
    return pars, [L(url, True, "inj-anchor-promo")]


def inj_anchor_plainword(ctx, pars):
    rng = ctx.rng
    cands = prose_pars(pars)
    rng.shuffle(cands)
    for i in cands:
        j = plain_word_index(rng, pars[i], ctx.lang)
        if j is None:
            continue
        toks = pars[i].split(" ")
        if ctx.lang == "en":
            url = pick(rng, [en_spam(rng, pick(rng, ["casino", "betting", "pharma", "loan", "seo"]))[0],
                             promo_url(rng, rng.random() * 0.88)[0]])
        else:
            url = promo_url(rng, rng.random() * 0.88)[0]
        toks[j] = anchor_html(rng, url, toks[j])
        pars = list(pars)
        pars[i] = " ".join(toks)
        return pars, [L(url, True, "inj-anchor-plainword")]
    return None


def inj_markdown(ctx, pars):
    rng = ctx.rng
    pars = list(pars)
    if ctx.lang == "en" or (ctx.lang == "xx" and rng.random() < 0.5):
        topic = pick(rng, ["casino", "casino", "casino", "betting", "pharma", "loan", "adult", "seo"])
        url, text = en_spam(rng, topic)
        if topic == "casino" and rng.random() < 0.4:
            text = f"{pick(rng, EN_BRANDS).capitalize()} {pick(rng, ['Casino', 'Spins', 'Slots'])}"
        md = f"[{text}]({url})"
        labels = [L(url, True, "inj-markdown-link")]
        if rng.random() < 0.12:
            md = f"[{url}]({url})"
            labels = [L(url, True, "inj-markdown-link"), L(url, True, "inj-markdown-link")]
        sent = pick(rng, EN_PROMO_SENT[topic]).replace("{A}", md)
        pos = pick(rng, [len(pars), len(pars), rng.randrange(1, len(pars) + 1)])
        pars = pars[:pos] + [sent] + pars[pos:]
        return pars, labels
    # Indonesian spam-post style markdown lines / inline markdown
    url, _ = promo_url(rng, pick(rng, [0.1, 0.3, 0.6, 0.9, 0.95]))
    text = id_anchor(rng)
    r = rng.random()
    if r < 0.35:
        line = f"[{pick(rng, ['►👉DAFTAR DISINI', '>>>Klik Disini<<<', '✅ LINK GACOR MAXWIN', '**DAFTAR SLOT GACOR**', 'LOGIN ' + text.upper()])}]({url})"
        pos = pick(rng, [len(pars), rng.randrange(1, len(pars) + 1)])
        pars = pars[:pos] + [line] + pars[pos:]
    elif r < 0.7:
        sent = pick(rng, ID_PROMO_SENT).replace("{A}", f"[{text}]({url})")
        pos = rng.randrange(1, len(pars) + 1)
        pars = pars[:pos] + [sent] + pars[pos:]
    else:
        cands = prose_pars(pars)
        if not cands:
            return None
        i = pick(rng, cands)
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, f"[{text}]({url})")
    return pars, [L(url, True, "inj-markdown-link")]


def inj_hidden_block(ctx, pars):
    rng = ctx.rng
    n = rng.randrange(3, 7)
    urls = []
    mode = rng.random()
    for _ in range(n):
        if mode < 0.45:
            u = hijacked_url(rng, promo_path=rng.random() < 0.7)
        elif mode < 0.75:
            u = pick(rng, [hijacked_url(rng), f"https://{gamb_host(rng)}/", homepage(rng, neutral_host(rng)),
                           freehost_url(rng)])
        else:
            u = homepage(rng, neutral_host(rng)) if rng.random() < 0.6 else f"https://{gamb_host(rng)}/"
        urls.append(u)
    if rng.random() < 0.15:
        urls[rng.randrange(n)] = urls[0]  # same target repeated with several anchors (real pattern)
    anchors_same = rng.random() < 0.35
    same = pick(rng, ["Slot Gacor", "situs toto", "Slot Gacor"])
    lines, labels = [], []
    style = rng.random()
    for u in urls:
        text = same if anchors_same else id_anchor(rng)
        lab = [L(u, True, "inj-hidden-block")]
        if rng.random() < 0.05:
            text = u
            lab.append(L(u, True, "inj-hidden-block"))
        if style < 0.5:
            lines.append(f'<a href="{u}" rel="dofollow">{text}</a>')
        elif style < 0.7:
            lines.append(f'<li><a title="{text}" href="{u}" rel="dofollow">{text}</a></li>')
        elif style < 0.85:
            lines.append(f'<p><a href="{u}">{text}</a></p>')
        else:
            lines.append(f'<a href="{u}">{text}</a>')
        labels.extend(lab)
    wrap = rng.random()
    if wrap < 0.45:
        block = '<div style="display:none;">\n' + "\n".join(lines) + "\n</div>"
    elif wrap < 0.6:
        block = '<div style="opacity: 0;">\n' + "\n".join(lines) + "\n</div>"
    elif wrap < 0.7:
        block = '<ul style="display: none;">\n' + "\n".join(lines) + "\n</ul>"
    elif wrap < 0.85:
        block = "\n".join(lines)
    else:
        block = " ".join(lines)
    pars = list(pars)
    pos = len(pars) if rng.random() < 0.65 else rng.randrange(1, len(pars) + 1)
    pars = pars[:pos] + [block] + pars[pos:]
    return pars, labels


def inj_hijacked(ctx, pars):
    rng = ctx.rng
    url = hijacked_url(rng)
    text = id_anchor(rng)
    r = rng.random()
    pars = list(pars)
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    if r < 0.4:
        a = anchor_html(rng, url, text)
        pars[i] = pars[i] + " " + pick(rng, ID_PROMO_SENT).replace("{A}", a)
    elif r < 0.7:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, anchor_html(rng, url, text))
    elif r < 0.85:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, url)
    else:
        pars[i] = insert_tokens(pars[i], rng.randrange(2, 5), url)
    return pars, [L(url, True, "inj-hijacked-institution")]


def inj_freehost(ctx, pars):
    rng = ctx.rng
    url = freehost_url(rng)
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    pars = list(pars)
    r = rng.random()
    text = id_anchor(rng) if ctx.lang != "en" else pick(rng, EN_ANCHORS["casino"] + EN_ANCHORS["betting"])
    if r < 0.45:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, anchor_html(rng, url, text))
    elif r < 0.75:
        pars[i] = insert_tokens(pars[i], rng.randrange(2, 6), url)
    else:
        sent = (pick(rng, ID_PROMO_SENT) if ctx.lang != "en" else pick(rng, EN_PROMO_SENT["casino"])).replace("{A}", url)
        pars[i] = pars[i] + " " + sent
    return pars, [L(url, True, "inj-free-hosting")]


def inj_shortener(ctx, pars):
    rng = ctx.rng
    url = shortener_promo_url(rng)
    pars = list(pars)
    r = rng.random()
    en = ctx.lang == "en"
    if r < 0.3:
        line = pick(rng, ["Link alternatif: {U}", "LINK DAFTAR: {U}", "Login {B}: {U}", "👉 Daftar akun pro di sini {U}"] if not en
                    else ["Claim your bonus here: {U}", "Sign up now 👉 {U}", "Free spins link: {U}"])
        line = line.replace("{U}", url).replace("{B}", pick(rng, BRANDS).upper() + pick(rng, NUMS))
        pos = pick(rng, [len(pars), rng.randrange(1, len(pars) + 1)])
        pars = pars[:pos] + [line] + pars[pos:]
    elif r < 0.55:
        text = id_anchor(rng) if not en else pick(rng, EN_ANCHORS["casino"])
        md = pick(rng, [f"[{text}]({url})", f"[>>>Klik Disini<<<]({url})" if not en else f"[Claim now]({url})"])
        pos = rng.randrange(1, len(pars) + 1)
        pars = pars[:pos] + [md] + pars[pos:]
    elif r < 0.8:
        cands = prose_pars(pars)
        if not cands:
            return None
        i = pick(rng, cands)
        a = anchor_html(rng, url, id_anchor(rng) if not en else pick(rng, EN_ANCHORS["casino"]))
        pars[i] = pars[i] + " " + (pick(rng, ID_PROMO_SENT) if not en else pick(rng, EN_PROMO_SENT["casino"])).replace("{A}", a)
    else:
        cands = prose_pars(pars)
        if not cands:
            return None
        i = pick(rng, cands)
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        span = url[len("https://"):] if rng.random() < 0.5 else url
        pars[i] = insert_tokens(pars[i], idx, span)
        return pars, [L(span, True, "inj-shortener-promo")]
    return pars, [L(url, True, "inj-shortener-promo")]


def obfuscate(rng, host, path):
    r = rng.random()
    if r < 0.22:
        return f"hxxps://{host.replace('.', '[.]', 1)}{path}"
    if r < 0.36:
        return f"hxxp://{host}{path}"
    if r < 0.54:
        return host.replace(".", "[.]")
    if r < 0.66:
        return host.replace(".", " . ")
    if r < 0.78:
        return host.replace(".", "．")
    if r < 0.90:
        k = max(1, len(host.split(".")[0]) // 2)
        return f"https://{host[:k]}\u200b{host[k:]}{path}"
    return host.replace(".", "(.)")


def inj_obfuscated(ctx, pars):
    rng = ctx.rng
    if ctx.lang == "en":
        url, _ = en_spam(rng, pick(rng, ["casino", "pharma", "loan", "betting"]))
        host = host_of(url)
    else:
        host = gamb_host(rng)
    host = host.replace("www.", "")
    path = pick(rng, ["/", "", "/daftar", "/login"])
    span = obfuscate(rng, host, path)
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    pars = list(pars)
    r = rng.random()
    if r < 0.5:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, span)
    else:
        if ctx.lang == "en":
            sent = pick(rng, ["Best bonuses this week at {U} — copy the link into your browser.",
                              "Order now: {U} (no prescription).", "Get approved today at {U}"])
        else:
            sent = pick(rng, ["Kunjungi {U} untuk bonus new member 100%.", "Link anti blokir: {U}",
                              "Situs resmi {U} gacor hari ini.", "Ketik {U} di browser untuk daftar."])
        pars[i] = pars[i] + " " + sent.replace("{U}", span)
    return pars, [L(span, True, "inj-obfuscated")]


HOMOGLYPH = {"o": "о", "a": "а", "e": "е", "c": "с", "p": "р", "i": "і", "x": "х", "y": "у"}
LOOKALIKE_BRANDS = ["kompas.com", "detik.com", "tokopedia.com", "bca.co.id", "kemenkeu.go.id", "google.com",
                    "cnnindonesia.com", "kumparan.com", "antaranews.com", "tempo.co", "bankmandiri.co.id", "shopee.co.id"]


def idn_host(rng):
    r = rng.random()
    if r < 0.35:   # homoglyph of a known brand (unicode)
        b = pick(rng, LOOKALIKE_BRANDS)
        name, rest = b.split(".", 1)
        idxs = [k for k, ch in enumerate(name) if ch in HOMOGLYPH]
        if not idxs:
            return f"{name}-{pick(rng, ['slot', 'gacor', 'promo'])}.{rest}", False
        k = pick(rng, idxs)
        uni = name[:k] + HOMOGLYPH[name[k]] + name[k + 1:]
        if rng.random() < 0.5:
            return uni + "." + rest, False
        return uni.encode("idna").decode("ascii") + "." + rest, True
    if r < 0.55:   # ascii look-alike (rn for m, l for i, vv for w)
        b = pick(rng, LOOKALIKE_BRANDS)
        name, rest = b.split(".", 1)
        if "m" in name:
            return name.replace("m", "rn", 1) + "." + rest, False
        if "i" in name:
            return name.replace("i", "l", 1) + "." + rest, False
        if "w" in name:
            return name.replace("w", "vv", 1) + "." + rest, False
        return name + "-id." + rest, False
    if r < 0.8:    # Thai / Chinese / Cyrillic gambling IDN
        word = pick(rng, ["สล็อตเว็บตรง", "สล็อต888", "บาคาร่า", "澳门赌场", "百家乐", "казино-онлайн", "слоты"])
        tld = pick(rng, ["com", "net", "xyz", "com"])
        if rng.random() < 0.5:
            return f"{word}.{tld}", False
        return f"{word.encode('idna').decode('ascii')}.{tld}", True
    base = gamb_host(rng).split(".")[0]
    name = "".join(HOMOGLYPH.get(ch, ch) if rng.random() < 0.3 else ch for ch in base)
    if name == base:
        name = base.replace("o", "о", 1) if "o" in base else "с" + base
    if rng.random() < 0.5:
        return name + ".com", False
    return name.encode("idna").decode("ascii") + ".com", True


def inj_idn(ctx, pars):
    rng = ctx.rng
    host, _puny = idn_host(rng)
    path = pick(rng, ["/", "/slot-gacor/", "/daftar/", "/promo/", "/"])
    url = f"https://{host}{path}"
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    pars = list(pars)
    r = rng.random()
    en = ctx.lang == "en"
    if r < 0.4:
        a = anchor_html(rng, url, id_anchor(rng) if not en else pick(rng, EN_ANCHORS["casino"]))
        pars[i] = pars[i] + " " + (pick(rng, ID_PROMO_SENT) if not en else pick(rng, EN_PROMO_SENT["casino"])).replace("{A}", a)
    elif r < 0.7:
        pars[i] = insert_tokens(pars[i], rng.randrange(2, 6), url)
    else:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, anchor_html(rng, url, pick(rng, ["selengkapnya", "di sini", "klik", "info"]) if not en else pick(rng, ["here", "this", "more"])))
    return pars, [L(url, True, "inj-idn-homoglyph")]


USERINFO_FRONT_EN = ["www.google.com", "www.youtube.com", "en.wikipedia.org", "www.bbc.com", "www.paypal.com",
                     "www.amazon.com", "www.nytimes.com", "accounts.google.com"]
USERINFO_FRONT = ["www.kompas.com", "kemenkeu.go.id", "www.google.com", "detik.com", "www.bca.co.id", "kominfo.go.id",
                  "www.youtube.com", "id.wikipedia.org", "www.cnnindonesia.com", "ojk.go.id"]


def inj_userinfo(ctx, pars):
    rng = ctx.rng
    front = pick(rng, USERINFO_FRONT if ctx.lang != "en" else USERINFO_FRONT_EN)
    if ctx.own_host and rng.random() < 0.3:
        front = ctx.own_host
    r = rng.random()
    if r < 0.5:
        back = gamb_host(rng)
        tail = pick(rng, ["/", "/daftar", "/login", ""])
    elif r < 0.8:
        s = shortener_promo_url(rng)
        back, tail = host_of(s), s.split(host_of(s), 1)[1]
    else:
        back = host_of(en_spam(rng, pick(rng, ["casino", "pharma"]))[0])
        tail = "/"
    url = f"{pick(rng, ['http', 'https'])}://{front}@{back}{tail}"
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    pars = list(pars)
    if rng.random() < 0.5:
        a = anchor_html(rng, url, pick(rng, ["Baca selengkapnya", "sumber", front, "link resmi"]) if ctx.lang != "en" else pick(rng, ["Read more", "source", "official site"]))
        pars[i] = pars[i] + " " + a
    else:
        pars[i] = insert_tokens(pars[i], rng.randrange(2, 6), url)
    return pars, [L(url, True, "inj-userinfo-trick")]


def inj_punctuated(ctx, pars):
    rng = ctx.rng
    if ctx.lang == "en":
        url = en_spam(rng, pick(rng, ["casino", "betting", "pharma", "loan", "seo"]))[0]
    else:
        url = pick(rng, [f"https://{gamb_host(rng)}/", f"https://{gamb_host(rng)}", shortener_promo_url(rng), hijacked_url(rng)])
    if rng.random() < 0.2 and url.startswith("https://"):
        url = url[len("https://"):].rstrip("/")
    form = rng.randrange(8)
    wrapped = [f"({url})", f'"{url}"', f"{url}.", f"{url},", f"“{url}”", f"[{url}]", f"'{url}'", f"{url}!"][form]
    cands = prose_pars(pars)
    if not cands:
        return None
    i = pick(rng, cands)
    pars = list(pars)
    if rng.random() < 0.5:
        idx = mid_index(rng, pars[i])
        if idx is None:
            return None
        pars[i] = insert_tokens(pars[i], idx, wrapped)
    else:
        if ctx.lang == "en":
            lead = pick(rng, ["Top rated bonus site", "Cheap meds", "Fast loans", "Best odds"])
        else:
            lead = pick(rng, ["Situs gacor", "Link resmi", "Bocoran RTP", "Daftar slot"])
        pars[i] = pars[i] + f" {lead} {wrapped}"
    return pars, [L(url, True, "inj-punctuated")]


INJECTORS = {
    "inj-seed-homepage": lambda c, p: inj_seed(c, p, False),
    "inj-seed-spun-copy": lambda c, p: inj_seed(c, p, True),
    "inj-bare-domain": inj_bare_domain,
    "inj-anchor-promo": inj_anchor_promo,
    "inj-anchor-plainword": inj_anchor_plainword,
    "inj-markdown-link": inj_markdown,
    "inj-hidden-block": inj_hidden_block,
    "inj-hijacked-institution": inj_hijacked,
    "inj-free-hosting": inj_freehost,
    "inj-shortener-promo": inj_shortener,
    "inj-obfuscated": inj_obfuscated,
    "inj-idn-homoglyph": inj_idn,
    "inj-userinfo-trick": inj_userinfo,
    "inj-punctuated": inj_punctuated,
}

# --------------------------------------------------------------------------------------------
# legitimate splices
# --------------------------------------------------------------------------------------------


class Pools:
    """URLs of real IndoSum / benchmark articles (used as own-site and cited deep links)."""

    def __init__(self, indosum, aeb):
        self.by_reg = collections.defaultdict(list)
        for d in indosum + aeb:
            if d["url"]:
                self.by_reg[registrable(host_of(d["url"]))].append(d["url"])
        self.en_news = sorted(d["url"] for d in aeb if d["lang"] == "en")


def url_slug(url):
    """Human slug of an article URL (last meaningful path segment, '-' separated, lower case)."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?")[0].split("#")[0]
    segs = [s for s in path.split("/") if s]
    for seg in reversed(segs):
        seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
        seg = re.sub(r"^\d+[-_]", "", seg)
        seg = seg.replace(".", "-").replace("_", "-").lower()
        seg = re.sub(r"-?\d{6,}$", "", seg).strip("-")
        words = seg.split("-")
        if sum(1 for w in words if re.fullmatch(r"[a-z]{3,}", w)) >= 2 and len(words) >= 3:
            return seg[:80].rstrip("-")
    return ""


def base_slug(base):
    if base["id"].startswith("indosum-"):
        return slug_from_id(base["id"])
    return url_slug(base["url"]) or "story"


def fill(rng, tmpl, slug, text=""):
    kabs = [k for k in KAB if re.search(r"\b" + k + r"\b", text, re.I)]
    words = [w for w in slug.split("-") if len(w) > 3] or ["info"]
    vals = dict(y=pick(rng, [2016, 2017, 2017, 2018]), m=rng.randrange(1, 13), d=rng.randrange(1, 29),
                n1=str(rng.randrange(1, 9)), n2=str(rng.randrange(2, 40)), n3=rnum(rng, 3), n4=rnum(rng, 4),
                n5=rnum(rng, 5), n6=rnum(rng, 6), n7=rnum(rng, 7), n8=rnum(rng, 8), n9=rnum(rng, 9), slug=slug,
                kab=pick(rng, kabs) if kabs else pick(rng, KAB), city=pick(rng, SCHOOL_CITY), word=words[0],
                gh=pick(rng, ["kata-ai/indosum", "tensorflow/tensorflow", "rust-lang/rust", "facebook/react",
                              "scrapinghub/article-extraction-benchmark", "mozilla/pdf.js", "golang/go"]))
    return tmpl.format(**vals)


def topic_hits(rx, text):
    return len(re.findall(r"(?<!\w)(?:" + rx + r")(?!\w)", text))


US_CONTEXT = r"U\.S\.|United States|American|Trump|Washington|Congress|federal"


def topic_pick(rng, table, text, min_hits=1):
    """The best-matching topic row (most keyword hits, ties broken at random) and its hit count."""
    scored = []
    for row in table:
        h = topic_hits(row[0], text)
        if h >= min_hits:
            scored.append((h, row))
    if not scored:
        return None, 0
    best = max(h for h, _ in scored)
    top = [row for h, row in scored if h >= max(min_hits, best - 1)]
    row = pick(rng, top)
    return row, topic_hits(row[0], text)


NAME_STOP = {"Jakarta", "Indonesia", "CNN", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "The",
             "This", "That", "But", "And", "For", "When", "After", "Menurut", "Namun", "Selain", "Dalam", "Pada",
             "Saat", "Kami", "Kita", "Dia", "Ia", "Hal", "Sementara", "Sebelumnya", "Baca", "Juga", "According",
             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
             "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember", "Rp", "Kompas"}


def name_runs(par):
    """(start_token, n_tokens) of capitalised name runs not at a sentence start."""
    toks = par.split(" ")
    out, i = [], 1
    while i < len(toks):
        if re.fullmatch(r"[A-Z][a-z]{2,14}", toks[i]) and toks[i] not in NAME_STOP and not re.search(r"[.!?:\"“]$", toks[i - 1]):
            j = i
            while j + 1 < len(toks) and j - i < 2 and re.fullmatch(r"[A-Z][a-z]{2,14}", toks[j + 1]) and toks[j + 1] not in NAME_STOP:
                j += 1
            out.append((i, j - i + 1))
            i = j + 1
        else:
            i += 1
    return out


def own_site_url(ctx, pools):
    """(url, headline or None) on the article's own site."""
    rng = ctx.rng
    same = [u for u in pools.by_reg.get(ctx.own_reg, []) if u != ctx.url and url_slug(u)]
    if same and rng.random() < 0.8:
        u = pick(rng, same)
        return u, headline_from_slug(url_slug(u))
    base = f"https://{ctx.own_host}"
    names = [par.split(" ")[s:s + n] for par in ctx.base_text.split("\n") for s, n in name_runs(par)
             if n >= 2 or len(par.split(" ")[s]) >= 5]
    if ctx.lang == "id":
        if names and rng.random() < 0.6:
            tag = "-".join(w.lower() for w in pick(rng, names))
            return pick(rng, [f"{base}/tag/{tag}", f"{base}/topic/{tag}", f"{base}/tag/{tag}/"]), None
        sec = pick(rng, ["indeks", "tv", "foto", "video"])
        return f"{base}/{sec}/", None
    path = re.sub(r"^[a-z]+://[^/]+", "", ctx.url).strip("/").split("/")
    section = path[0] if path and path[0] and not re.search(r"\d", path[0]) and len(path) > 1 else "news"
    if names and rng.random() < 0.5:
        tag = "-".join(w.lower() for w in pick(rng, names))
        return pick(rng, [f"{base}/tag/{tag}/", f"{base}/topic/{tag}", f"{base}/{section}/{tag}/"]), None
    return pick(rng, [f"{base}/{section}/", f"{base}/newsletters/", f"{base}/newsletter", f"{base}/podcasts/"]), None


def other_outlet_same_story(rng, ctx):
    """(url, brand or None): the same story as covered by another outlet (slug = base slug)."""
    slug = ctx.slug
    y, m, d = pick(rng, [2016, 2017, 2018]), rng.randrange(1, 13), rng.randrange(1, 29)
    if ctx.lang == "id":
        r = rng.random()
        if r < 0.24:
            sec = pick(rng, ["nasional", "regional", "megapolitan", "bola", "tekno", "money", "internasional", "edukasi"])
            return f"https://{sec}.kompas.com/read/{y}/{m:02d}/{d:02d}/{rnum(rng, 8)}/{slug.replace('-', '.') if rng.random() < 0.4 else slug}", "Kompas.com"
        if r < 0.44:
            sec = pick(rng, ["news", "finance", "inet", "sport", "hot", "travel"])
            return f"https://{sec}.detik.com/berita/d-{rnum(rng, 7)}/{slug}", "Detik.com"
        if r < 0.56:
            return f"https://{pick(rng, ['nasional', 'bisnis', 'metro', 'dunia'])}.tempo.co/read/{rnum(rng, 6)}/{slug}", "Tempo.co"
        if r < 0.70:
            if ctx.own_reg == "antaranews.com":
                return f"https://www.liputan6.com/news/read/{rnum(rng, 7)}/{slug}", "Liputan6.com"
            return f"https://www.antaranews.com/berita/{rnum(rng, 6)}/{slug}", "Antaranews.com"
        if r < 0.80:
            return f"http://www.tribunnews.com/nasional/{y}/{m:02d}/{d:02d}/{slug}", "Tribunnews.com"
        if r < 0.90:
            return f"https://www.liputan6.com/news/read/{rnum(rng, 7)}/{slug}", "Liputan6.com"
        return f"https://www.bbc.com/indonesia/{pick(rng, ['indonesia', 'dunia', 'majalah'])}-{rnum(rng, 8)}", None
    r = rng.random()
    if r < 0.3:
        return f"https://www.reuters.com/article/us-{slug[:48].rstrip('-')}-id{pick(rng, ['USKBN', 'USKCN'])}1{rand_code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", None
    if r < 0.5:
        return f"https://apnews.com/{rand_code(rng, 32, '0123456789abcdef')}", None
    if r < 0.7:
        return f"https://www.bbc.com/news/{pick(rng, ['world-us-canada', 'business', 'technology', 'uk', 'world'])}-{rnum(rng, 8)}", None
    if r < 0.85:
        return f"https://www.theguardian.com/{pick(rng, ['us-news', 'technology', 'sport', 'world', 'business'])}/{pick(rng, [2018, 2019])}/nov/{rng.randrange(1, 29):02d}/{slug}", None
    return f"https://www.nytimes.com/{pick(rng, [2018, 2019])}/11/{rng.randrange(1, 29):02d}/{pick(rng, ['us', 'business', 'technology', 'sports'])}/{slug[:60].rstrip('-')}.html", None


def wiki_url(rng, ctx):
    table = WIKI_ID_TOPICS if ctx.lang == "id" else WIKI_EN_TOPICS
    hits = [t for rx, t in table if topic_hits(rx, ctx.base_text)]
    if not hits:
        return None
    return f"https://{'id' if ctx.lang == 'id' else 'en'}.wikipedia.org/wiki/{pick(rng, hits)}"


SLUG_OK_EN = ("health", "NASA", "court", "university")


def gov_url(rng, ctx):
    """(organisation, url) of an official page that fits the base article, or None.

    Needs >= 2 topic keyword hits. Pages whose path repeats the story slug ("the agency's release
    about this story") are only used for news/technology articles strongly about the agency's field
    (>= 3 hits); otherwise a neutral page of the agency (home page, service page) is used."""
    if ctx.lang == "id":
        row, hits = topic_pick(rng, ID_TOPICS, ctx.base_text, min_hits=2)
        if row is None:
            return None
        slug_ok = hits >= 3 and ctx.category in ("tajuk utama", "teknologi")
        opts = row[1] if slug_ok else [x for x in row[1] if "{slug}" not in x[1]]
        if not opts:
            return None
        org, t = pick(rng, opts)
        return org, fill(rng, t, ctx.slug, ctx.base_text)
    row, hits = topic_pick(rng, EN_TOPICS, ctx.base_text, min_hits=2)
    if row is None:
        return None
    if row[0].startswith("Congress") and not re.search(US_CONTEXT, ctx.base_text):
        return None
    slug_ok = hits >= 3 and any(row[0].startswith(k) or k in row[0][:40] for k in SLUG_OK_EN)
    opts = row[1] if slug_ok else [t for t in row[1] if "{slug}" not in t]
    if not opts:
        return None
    return "", fill(rng, pick(rng, opts), ctx.slug, ctx.base_text)


def append_sentence(rng, pars, sent, new_par_prob=0.5, at_end=False):
    pars = list(pars)
    if at_end:
        pars.append(sent)
        return pars
    cands = prose_pars(pars) or list(range(len(pars)))
    i = pick(rng, cands)
    if rng.random() < new_par_prob:
        pars = pars[:i + 1] + [sent] + pars[i + 1:]
    else:
        pars[i] = pars[i] + " " + sent
    return pars


def leg_own_site(ctx, pars, pools):
    rng = ctx.rng
    if not ctx.own_reg:
        return None
    url, head = own_site_url(ctx, pools)
    pars = list(pars)
    if ctx.lang == "id":
        # an existing "Baca juga" line gets its link (scrapers often keep it)
        bj = [i for i, p in enumerate(pars) if re.match(r"^\[?Baca [jJ]uga:", p) and not par_has_url(p)]
        if bj and rng.random() < 0.8:
            same = [u for u in pools.by_reg.get(ctx.own_reg, []) if u != ctx.url]
            if same:
                url = pick(rng, same)
            i = bj[0]
            p = pars[i]
            if p.startswith("["):
                pars[i] = f"{p}({url})"
            else:
                pars[i] = p + pick(rng, [f" {url}", f"\n{url}", f" ({url})"])
            return pars, [L(url, False, "legit-own-site")]
        if head:
            line = pick(rng, [f"Baca juga: {head}\n{url}", f"Baca Juga: {head} ({url})", f"[Baca juga: {head}]({url})",
                              f"Baca juga: <a href=\"{url}\">{head}</a>", f"Baca juga: {url}"])
        else:
            line = pick(rng, [f"Simak berita terkait lainnya di {url}", f"Baca berita selengkapnya di {url}",
                              f"Ikuti perkembangan berita ini di {url}"])
    else:
        if head:
            line = pick(rng, [f"RELATED: {head} ({url})", f"Related: [{head}]({url})", f"Read more: {url}"])
        else:
            line = pick(rng, [f"Read more: {url}", f"More coverage: {url}", f"Sign up for our newsletter at {url}",
                              f"Subscribe to our newsletter: {url}"])
    pos = rng.randrange(1, len(pars) + 1)
    return pars[:pos] + [line] + pars[pos:], [L(url, False, "legit-own-site")]


def leg_anchor_own(ctx, pars, pools):
    rng = ctx.rng
    if not ctx.own_reg:
        return None
    cands = prose_pars(pars)
    rng.shuffle(cands)
    for i in cands:
        runs = [(s, n) for s, n in name_runs(pars[i]) if s >= 3 and (n >= 2 or len(pars[i].split(" ")[s]) >= 5)]
        if not runs:
            continue
        multi = [r for r in runs if r[1] >= 2]
        s, n = pick(rng, multi) if multi and rng.random() < 0.8 else pick(rng, runs)
        toks = pars[i].split(" ")
        words = toks[s:s + n]
        tag = "-".join(w.lower() for w in words)
        base = f"https://{ctx.own_host}"
        url = pick(rng, [f"{base}/tag/{tag}", f"{base}/tag/{tag}/", f"{base}/topic/{tag}"] if ctx.lang != "en" else
                   [f"{base}/topic/{tag}/", f"{base}/people/{tag}", f"{base}/tag/{tag}"])
        toks[s:s + n] = [f'<a href="{url}">{" ".join(words)}</a>']
        pars = list(pars)
        pars[i] = " ".join(toks)
        return pars, [L(url, False, "legit-anchor-own-site")]
    return None


def leg_citation(ctx, pars, pools):
    rng = ctx.rng
    url, brand = other_outlet_same_story(rng, ctx)
    if ctx.lang == "id":
        head = headline_from_slug(ctx.slug)
        r = rng.random()
        if r < 0.25 and brand:
            sent = f"Artikel ini telah tayang di {brand} dengan judul \"{head}\". Klik untuk baca: {url}"
            return append_sentence(rng, pars, sent, at_end=True), [L(brand, False, "legit-news-brand"), L(url, False, "legit-citation")]
        tmpl = pick(rng, ["Sumber: {U}", "(Sumber: {U})", "Link berita: {U}", "Berita ini juga dimuat di {U}.",
                          "Laporan lengkapnya dapat dibaca di {U}.", "Versi lain berita ini: {U}"])
        at_end = not tmpl.startswith("Laporan")
        return append_sentence(rng, pars, tmpl.replace("{U}", url), at_end=at_end), [L(url, False, "legit-citation")]
    tmpl = pick(rng, ["Source: {U}", "(via {U})", "An earlier version of this story appeared at {U}.",
                      "This story was first reported by {U}", "The full [report]({U}) has more details."])
    return append_sentence(rng, pars, tmpl.replace("{U}", url), at_end=True), [L(url, False, "legit-citation")]


def leg_news_brand(ctx, pars, pools):
    """End-of-sentence attribution to another news site, as a bare brand: '..., seperti dilansir dari Kompas.com.'"""
    rng = ctx.rng
    brands = [b for b in topical_brands(ID_NEWS_BRANDS if ctx.lang == "id" else EN_NEWS_BRANDS, ctx.base_text)
              if registrable(b.lower()) != ctx.own_reg and b.lower() not in ctx.base_text.lower()]
    brand = pick(rng, brands)
    cands = prose_pars(pars)
    rng.shuffle(cands)
    for i in cands:
        p = pars[i]
        ends = [m.start() for m in re.finditer(r"[a-z0-9)]\.(?= [A-Z\"“]|$)", p)]
        ends = [e + 1 for e in ends if not re.search(r"\b(?:kata|ujar|ucap|tutur|said|says)\b[^.]{0,40}$", p[max(0, e - 40):e + 1]) or rng.random() < 0.5]
        if not ends:
            continue
        k = pick(rng, ends)
        if ctx.lang == "id":
            phrase = pick(rng, [f", seperti dilansir dari {brand}", f", dikutip dari {brand}", f", seperti diberitakan {brand}",
                                f" sebagaimana dilansir {brand}"])
        else:
            phrase = pick(rng, [f", according to {brand}", f", {brand} reported", f", as first reported by {brand}"])
        pars = list(pars)
        pars[i] = p[:k] + phrase + p[k:]
        return pars, [L(brand, False, "legit-news-brand")]
    return None


def leg_gov(ctx, pars, pools, glued=False):
    rng = ctx.rng
    g = gov_url(rng, ctx)
    if g is None:
        return None
    org, url = g
    utype = ("doc" if re.search(r"\.pdf$|/Details/|fullText|/dokumen/", url) else
             "service" if re.search(r"sscn|simak|ltmpt|ppdb|lpdp|snmptn|cekbansos|lapor\.go|infopemilu|haji\.kemenag|dibi\.|magma\.|patrolisiber|gempabumi|prakiraan|tarif|pelayanan|kurs", url) else
             "home" if re.fullmatch(r"https?://[^/]+/?", url) else "page")
    if ctx.lang == "id":
        if glued:
            tmpl = pick(rng, {"doc": ["Dokumen lengkapnya dapat diunduh di{U}.", "Salinan aturan itu tersedia di laman{U}."],
                              "service": ["Pendaftaran dan pengecekan dilakukan secara daring melalui laman{U}.",
                                          "Masyarakat dapat mengecek informasi tersebut di{U}.", "Website:{U}"],
                              "home": ["Informasi lengkap dapat dilihat melalui laman resmi {O} di{U}.", "Website:{U}",
                                       "Info selengkapnya:{U}"],
                              "page": ["Keterangan lengkap tersedia di laman resmi{U}.", "Info selengkapnya:{U}",
                                       "Rilis resminya dapat dibaca di{U}."]}[utype])
        else:
            tmpl = pick(rng, {"doc": ["Dokumen lengkapnya dapat diunduh di {U}.", "Aturan tersebut dapat dibaca di {U}."],
                              "service": ["Pendaftaran dapat dilakukan secara online melalui laman {U}.",
                                          "Masyarakat dapat mengecek informasi tersebut di {U}.",
                                          "Informasi lengkap dapat diakses melalui laman resmi {O} di {U}."],
                              "home": ["Informasi lebih lanjut tersedia di laman resmi {O}, {U}.",
                                       "Masyarakat juga dapat menyampaikan pertanyaan melalui {U}."],
                              "page": ["Hal itu tertuang dalam keterangan resmi {O} ({U}).", "Keterangan itu juga dimuat di situs {O}, {U}.",
                                       "Rilis lengkapnya dapat dibaca di {U}."]}[utype])
        sent = tmpl.replace("{O}", org).replace("{U}", url)
    else:
        if glued:
            tmpl = pick(rng, ["The agency's statement is posted at{U}.", "Website:{U}", "Full text:{U}"] if utype != "home" else ["Website:{U}"])
        else:
            tmpl = pick(rng, {"home": ["More information is on the agency's website, {U}.", "The agency's site ({U}) has more."],
                              "service": ["Details are listed at {U}.", "The data are published at {U}."],
                              "doc": ["The document, posted at {U}, runs to several pages."],
                              "page": ["The agency published the figures on its website ({U}).",
                                       "The full statement is available at {U}."]}[utype])
        sent = tmpl.replace("{U}", url)
    at_end = bool(re.match(r"^(Website|Info selengkapnya|Full text):", sent))
    return append_sentence(rng, pars, sent, new_par_prob=0.4, at_end=at_end), [L(url, False, "legit-gov-glued" if glued else "legit-gov-edu")]


def leg_deeplink(ctx, pars, pools):
    rng = ctx.rng
    url = wiki_url(rng, ctx) if rng.random() < 0.45 else None
    if url is None:
        url, _ = other_outlet_same_story(rng, ctx)
    if ctx.lang == "id":
        tmpl = pick(rng, ["({U})", "({U})", "Sebelumnya diberitakan, hal serupa juga pernah terjadi ({U}).",
                          "Latar belakang peristiwa ini dapat dibaca di {U}.", "Baca laporan terkait: {U}"])
    else:
        tmpl = pick(rng, ["({U})", "({U})", "Background on the dispute is summarized at {U}.", "Earlier coverage: {U}"])
    cands = prose_pars(pars)
    if tmpl == "({U})" and cands:
        i = pick(rng, cands)
        p = pars[i]
        m = list(re.finditer(r"[a-z]\.(?= [A-Z])|[a-z]\.$", p))
        if m:
            k = pick(rng, m).start() + 1
            pars = list(pars)
            pars[i] = p[:k] + f" ({url})" + p[k:]
            return pars, [L(url, False, "legit-news-deeplink")]
        tmpl = "Baca laporan terkait: {U}" if ctx.lang == "id" else "Earlier coverage: {U}"
    return append_sentence(rng, pars, tmpl.replace("{U}", url)), [L(url, False, "legit-news-deeplink")]


def leg_social(ctx, pars, pools):
    rng = ctx.rng
    row, _ = topic_pick(rng, ID_TOPICS if ctx.lang == "id" else EN_TOPICS, ctx.base_text, min_hits=3)
    own_handle = OUTLET_SOCIAL.get(ctx.outlet) or (registrable(ctx.own_host).split(".")[0] if ctx.own_host else "")
    if row and row[2] and rng.random() < 0.6:
        h, own = pick(rng, row[2]), False
    elif own_handle:
        h, own = own_handle, True
    else:
        return None
    r = rng.random()
    if r < 0.35:
        url, net = pick(rng, [f"https://www.instagram.com/{h}/", f"https://instagram.com/{h}"]), "Instagram"
    elif r < 0.6:
        url, net = pick(rng, [f"https://twitter.com/{h}", f"https://twitter.com/{h}/status/{rnum(rng, 18)}", f"https://x.com/{h}"]), "Twitter"
    elif r < 0.75:
        url, net = pick(rng, [f"https://www.facebook.com/{h}", f"https://www.facebook.com/{h}/posts/{rnum(rng, 15)}"]), "Facebook"
    elif r < 0.9:
        url = pick(rng, [f"https://www.youtube.com/watch?v={rand_code(rng, 11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}",
                         f"https://youtu.be/{rand_code(rng, 11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
                         f"https://www.youtube.com/@{h}"])
        net = "YouTube"
    else:
        url, net = f"https://www.tiktok.com/@{h.replace('.', '_').lower()}", "TikTok"
    if ctx.lang == "id":
        if own:
            tmpl = pick(rng, ["Ikuti berita terbaru kami di {N}: {U}", "{N}: {U}", "{N}:{U}", "Simak videonya di {U}"])
        else:
            tmpl = pick(rng, ["Hal itu disampaikan melalui akun {N} resminya ({U}).", "Unggahan tersebut dapat dilihat di {U}.",
                              "Informasi itu juga diunggah di akun {N} resmi, {U}."])
    else:
        tmpl = pick(rng, ["Follow us on {N}: {U}", "Watch the video at {U}"]) if own else \
            pick(rng, ["The announcement was posted on {N} ({U}).", "The post, shared at {U}, was viewed thousands of times."])
    sent = tmpl.replace("{N}", net).replace("{U}", url)
    return append_sentence(rng, pars, sent, at_end=own), [L(url, False, "legit-social-profile")]


def camel(words):
    return "".join(w[:1].upper() + w[1:] for w in words)


EVENT_ID = r"festival|konser|seminar|workshop|lomba|turnamen|pameran|webinar|konferensi|kompetisi|pelatihan|beasiswa|lowongan|rekrutmen|hackathon|expo|bazar|pendaftaran|lokakarya|kejuaraan"
EVENT_EN = r"festival|concert|conference|registration|workshop|summit|fundraiser|webinar|convention|expo|marathon|tournament|auditions"


def leg_short_event(ctx, pars, pools):
    """bit.ly / s.id / linktr.ee registration link named after the event the article talks about."""
    rng = ctx.rng
    rx = EVENT_ID if ctx.lang == "id" else EVENT_EN
    names = []
    for m in re.finditer(r"(?i:" + rx + r")\s+((?:[A-Z][A-Za-z0-9'&-]*\s?){1,4})", ctx.base_text):
        words = [w for w in m.group(1).split() if w not in NAME_STOP]
        if words and (len(words) >= 2 or (len(words[0]) >= 5 and ctx.lang == "id")):
            names.append(words)
    if not names:
        return None
    words = [re.sub(r"[^A-Za-z0-9]", "", w) for w in pick(rng, names)]
    prefix = pick(rng, ["Daftar", "Registrasi", "Form", "", ""] if ctx.lang == "id" else ["RSVP", "Register", "", ""])
    slug = camel([prefix] + words) + pick(rng, ["", "", str(pick(rng, [2017, 2018]))])
    svc = pick(rng, ["bit.ly", "bit.ly", "bit.ly", "s.id", "s.id", "linktr.ee", "tinyurl.com"] if ctx.lang == "id" else ["bit.ly", "bit.ly", "tinyurl.com"])
    if svc in ("linktr.ee", "tinyurl.com"):
        slug = slug.lower()
    url = pick(rng, [f"https://{svc}/{slug}", f"http://{svc}/{slug}", f"{svc}/{slug}"])
    if ctx.lang == "id":
        tmpl = pick(rng, ["Pendaftaran dibuka hingga akhir bulan melalui tautan {U}.", "Formulir pendaftaran tersedia di {U}.",
                          "Info lebih lanjut dan pendaftaran, kunjungi tautan berikut {U}.", "Informasi selengkapnya dapat diakses di {U}."])
    else:
        tmpl = pick(rng, ["Registration is open at {U}.", "RSVP at {U}.", "More information: {U}"])
    return append_sentence(rng, pars, tmpl.replace("{U}", url), at_end=rng.random() < 0.5), [L(url, False, "legit-shortener-event")]


def leg_product(ctx, pars, pools):
    rng = ctx.rng
    row, hits = topic_pick(rng, ID_PRODUCT_TOPICS if ctx.lang == "id" else EN_PRODUCT_TOPICS, ctx.base_text)
    if row is None or hits < 2:
        return None
    opts = row[1] if hits >= 2 else [t for t in row[1] if "{slug}" not in t]
    if not opts:
        return None
    url = fill(rng, pick(rng, opts), ctx.slug, ctx.base_text)
    if ctx.lang == "id":
        tmpl = pick(rng, ["Informasi lebih lanjut tersedia di {U}.", "Keterangan resmi dapat dilihat di {U}.",
                          "Informasinya dapat dicek di {U}.", "Situs resminya: {U}"])
    else:
        tmpl = pick(rng, ["More details are at {U}.", "The official page is {U}.", "It is available from {U}."])
    return append_sentence(rng, pars, tmpl.replace("{U}", url)), [L(url, False, "legit-product-docs")]


# (template, url, topic) — topic is matched against the base article so the report fits the story
ID_GAMBLING_REPORT = [
    ("Kementerian Komunikasi dan Informatika mencatat telah memutus akses ribuan konten perjudian daring sepanjang tahun ini. Masyarakat dapat melaporkan situs judi online melalui {U}.", "https://aduankonten.id", "judi"),
    ("Daftar situs yang telah diblokir pemerintah dapat dicek di {U}.", "https://trustpositif.kominfo.go.id", "blokir"),
    ("Siaran pers Kominfo soal pemblokiran situs judi daring itu dapat dibaca di {U}.",
     "https://www.kominfo.go.id/content/detail/{n5}/kominfo-blokir-{n3}-situs-judi-online/0/siaran_pers", "judi"),
    ("Masyarakat yang menemukan konten negatif, termasuk promosi perjudian, dapat mengadukannya ke {U}.", "https://aduankonten.id/", "blokir"),
    ("OJK mengimbau masyarakat hanya menggunakan layanan pinjaman online yang terdaftar; daftarnya tersedia di {U}.",
     "https://www.ojk.go.id/id/kanal/iknb/financial-technology/Default.aspx", "ojk"),
    ("Satgas Waspada Investasi kembali merilis daftar entitas ilegal, termasuk pinjol dan judi berkedok investasi ({U}).",
     "https://www.ojk.go.id/id/berita-dan-kegiatan/siaran-pers/Pages/Satgas-Waspada-Investasi-Hentikan-{n3}-Entitas-Ilegal.aspx", "ojk"),
    ("Informasi mengenai bahaya judi daring juga dimuat di laman {U}.", "https://www.komdigi.go.id/berita/pengumuman/detail/stop-judi-online", "judi"),
    ("Menurut data PPATK ({U}), perputaran dana judi online terus meningkat.",
     "https://www.ppatk.go.id/siaran_pers/read/{n4}/ppatk-ungkap-transaksi-judi-online.html", "judi"),
    ("Penjelasan tentang perjudian dalam hukum pidana dapat dibaca di {U}.", "https://id.wikipedia.org/wiki/Perjudian", "judi"),
    ("Polisi meminta warga melaporkan promosi judi online melalui {U}.", "https://www.lapor.go.id/", "judi"),
    ("BPOM mengingatkan masyarakat agar tidak membeli obat kuat ilegal yang dijual daring; cek legalitas produk di {U}.",
     "https://cekbpom.pom.go.id/", "obat"),
    ("Informasi soal peredaran obat ilegal dan cara melapor tersedia di {U}.", "https://www.pom.go.id/new/view/direct/pengaduan", "obat"),
    ("Pengecekan legalitas pinjaman daring dapat dilakukan lewat kontak OJK 157 atau {U}.", "https://sikapiuangmu.ojk.go.id/", "ojk"),
    ("Aturan tentang pemutusan akses konten bermuatan perjudian tercantum dalam {U}.",
     "https://jdih.kominfo.go.id/produk_hukum/view/id/{n3}/t/peraturan+menteri+komunikasi+dan+informatika+nomor+19+tahun+2014", "blokir"),
    ("Panduan keamanan siber untuk masyarakat diterbitkan BSSN di {U}.", "https://bssn.go.id/", "siber"),
    ("Korban peretasan dan penipuan daring dapat melapor ke {U}.", "https://patrolisiber.id/", "siber"),
    ("Klarifikasi atas kabar bohong itu dimuat di {U}.", "https://www.kominfo.go.id/content/all/laporan_isu_hoaks", "hoaks"),
    ("Informasi rehabilitasi pengguna narkoba tersedia di {U}.", "https://bnn.go.id/", "obat"),
]
ID_TOPIC_RE = {"judi": r"judi|perjudian|togel|taruhan|bandar judi|sabung ayam",
               "blokir": r"Kominfo|pemblokiran|blokir situs|konten negatif|memblokir|diblokir",
               "ojk": r"\bOJK\b|fintech|pinjaman online|pinjol|investasi bodong|peer to peer lending",
               "obat": r"obat ilegal|obat kuat|narkoba|BPOM|ganja|sabu",
               "siber": r"retas|diretas|peretas|peretasan|hacker|malware|ransomware|phishing|serangan siber|keamanan siber",
               "hoaks": r"hoaks|hoax|berita bohong"}
EN_GAMBLING_REPORT = [
    ("If you or someone you know has a gambling problem, call 1-800-GAMBLER or visit {U}.", "https://www.ncpgambling.org/help-treatment/"),
    ("Free, confidential advice is available at {U}.", "https://www.begambleaware.org/"),
    ("The regulator's guidance on remote gambling is published at {U}.", "https://www.gamblingcommission.gov.uk/licensees-and-businesses"),
    ("The Consumer Financial Protection Bureau explains how payday loans work at {U}.",
     "https://www.consumerfinance.gov/ask-cfpb/what-is-a-payday-loan-en-1567/"),
    ("The FDA warns consumers about rogue online pharmacies ({U}).",
     "https://www.fda.gov/drugs/besaferx-your-source-online-pharmacy-information/besaferx-know-your-online-pharmacy"),
    ("The American Gaming Association tracks state sports betting laws at {U}.", "https://www.americangaming.org/research/state-gaming-map/"),
    ("Background on the industry is summarized at {U}.", "https://en.wikipedia.org/wiki/Online_gambling"),
]
# hardest legitimate cases: a journalist names the hacked institution, or a blocked gambling site
ID_REPORT_NAMED = [
    "Situs resmi {H} sempat diretas dan disisipi tautan promosi judi online sebelum dipulihkan tim teknis, kata pejabat setempat.",
    "Dalam temuan itu, halaman {H} disusupi ratusan tautan slot tersembunyi, ujar peneliti keamanan.",
    "Kominfo menyebut {H} termasuk situs yang aksesnya telah diputus karena memuat perjudian.",
]
ID_DEFANGED = [
    "Peneliti keamanan menyebut domain phishing tersebut, {H}, meniru halaman login bank.",
    "Dalam laporannya, perusahaan keamanan itu menuliskan alamat server kendali {H} agar tidak dapat diklik.",
]


def base_topics(text, min_hits=1):
    return [t for t, rx in sorted(ID_TOPIC_RE.items()) if len(re.findall(rx, text, re.I)) >= min_hits]


def leg_gambling_report(ctx, pars, pools, hard=False):
    rng = ctx.rng
    topics = base_topics(ctx.base_text, 2 if hard else 1)
    if hard:
        if ctx.lang != "id":
            return None
        opts = []
        if "siber" in topics or "judi" in topics:
            opts.append("named")
        if "judi" in topics or "blokir" in topics:
            opts.append("blocked")
        if "siber" in topics:
            opts.append("defanged")
        if not opts:
            return None
        what = pick(rng, opts)
        if what == "named":
            facts = sorted({host_of(u) for u in FACT_HIJACKED if re.search(r"\.(go|ac)\.id/", u)})
            h = pick(rng, facts)
            sent = pick(rng, ID_REPORT_NAMED[:2]).replace("{H}", h)
            kind = "legit-report-named-host"
        elif what == "blocked":
            h = pick(rng, ["1xbet.com", "188bet.com", "10bet.com", "sbobet.com", "w88.com", "m88.com"])
            sent = ID_REPORT_NAMED[2].replace("{H}", h)
            kind = "legit-report-named-host"
        else:
            b = pick(rng, ["bca", "bri", "mandiri", "bni", "ovo", "dana"])
            h = pick(rng, [f"{b}-verifikasi[.]com", f"login-{b}[.]xyz", f"{b}-promo[.]online", f"hxxp://{b}-update[.]site"])
            sent = pick(rng, ID_DEFANGED).replace("{H}", h)
            kind = "legit-defanged-report"
        return append_sentence(rng, pars, sent, new_par_prob=0.6), [L(h, False, kind)]
    if ctx.lang == "id":
        opts = [x for x in ID_GAMBLING_REPORT if x[2] in topics]
        if not opts:
            return None
        tmpl, url, _ = pick(rng, opts)
    else:
        tmpl, url = pick(rng, EN_GAMBLING_REPORT)
    url = fill(rng, url, ctx.slug, ctx.base_text)
    return append_sentence(rng, pars, tmpl.replace("{U}", url), new_par_prob=0.6), [L(url, False, "legit-gambling-report")]


def leg_anchor_citation(ctx, pars, pools):
    rng = ctx.rng
    if ctx.lang == "id":
        g = gov_url(rng, ctx)
        if g is None:
            return None
        url = g[1]
        text = pick(rng, ["siaran pers", "laman resmi", "keterangan resmi", "laporan", "pengumuman"])
        sent = pick(rng, ["Hal itu tertuang dalam {A} yang dirilis pekan lalu.", "Rincian ketentuan tersebut dapat dilihat dalam {A}."])
    else:
        g = gov_url(rng, ctx)
        url = g[1] if g and rng.random() < 0.6 else other_outlet_same_story(rng, ctx)[0]
        text = pick(rng, ["the report", "a statement", "official figures", "the filing", "earlier reporting"])
        sent = pick(rng, ["Details were laid out in {A} released last week.", "The numbers are in line with {A}."])
    a = f'<a href="{url}">{text}</a>'
    return append_sentence(rng, pars, sent.replace("{A}", a), new_par_prob=0.3), [L(url, False, "legit-anchor-citation")]


LEGITS = {
    "legit-own-site": leg_own_site,
    "legit-anchor-own-site": leg_anchor_own,
    "legit-citation": leg_citation,
    "legit-news-brand": leg_news_brand,
    "legit-gov-edu": lambda c, p, pools: leg_gov(c, p, pools, False),
    "legit-gov-glued": lambda c, p, pools: leg_gov(c, p, pools, True),
    "legit-news-deeplink": leg_deeplink,
    "legit-social-profile": leg_social,
    "legit-shortener-event": leg_short_event,
    "legit-product-docs": leg_product,
    "legit-gambling-report": leg_gambling_report,
    "legit-report-hard": lambda c, p, pools: leg_gambling_report(c, p, pools, True),
    "legit-anchor-citation": leg_anchor_citation,
}

# --------------------------------------------------------------------------------------------
# base articles
# --------------------------------------------------------------------------------------------

EN_STOP = set("the and of to in is that for it with was on as are be this by have from at".split())
BAD_PAR = re.compile(r"src=|fbq\(|\[video\]|\[/video\]|https?://\S+ / |\.(?:com|net|id) / |<[a-z/]|&[a-z]+;|"
                     r"@\w+\.\w|\bwww\.\S+ / |\b(?:slot|gacor|togel|casino|kasino|judi)\S*\.(?:com|net|id)")


def good_par(p):
    if not p.strip() or BAD_PAR.search(p) or EMAIL_RE.search(p):
        return False
    if "\u200b" in p or "[" in p and "](" in p:
        return False
    return True


def load_bases(data):
    indosum = []
    with open(os.path.join(data, "indonesian-indosum", "indosum-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            indosum.append({"id": d["id"], "url": d["url"] or "", "text": d["text"], "outlet": d.get("outlet", ""),
                            "category": d.get("category", ""), "lang": "id", "sep": "\n\n"})
    gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.json"), encoding="utf-8"))
    aeb = []
    for sha, v in gt.items():
        body = v["articleBody"]
        words = re.findall(r"[a-z]+", body.lower())
        ratio = sum(w in EN_STOP for w in words) / max(1, len(words))
        lang = "en" if ratio > 0.15 else ("id" if "kabarislamia" in v["url"] else "xx")
        aeb.append({"id": "aeb-" + sha[:16], "url": v["url"], "text": body, "outlet": host_of(v["url"]),
                    "category": "", "lang": lang, "sep": "\n\n" if "\n\n" in body else "\n"})
    return indosum, aeb


def trim_window(rng, base, need_idx=None, kmin=2, kmax=4):
    pars = base["text"].split(base["sep"])
    ok = [good_par(p) for p in pars]
    n = len(pars)
    # runs of consecutive good paragraphs
    runs, s = [], None
    for i in range(n + 1):
        if i < n and ok[i]:
            if s is None:
                s = i
        elif s is not None:
            runs.append((s, i))
            s = None
    if need_idx is not None:
        runs = [r for r in runs if r[0] <= need_idx < r[1]]
    runs = [r for r in runs if sum(len(pars[j]) for j in range(*r)) >= 200]
    if not runs:
        return None
    a, b = pick(rng, runs)
    k = rng.randrange(kmin, kmax + 1)
    if need_idx is not None:
        lo = max(a, need_idx - rng.randrange(0, k))
        start = lo
    elif a == 0 and rng.random() < 0.45:
        start = 0
    else:
        start = rng.randrange(a, max(a + 1, b - k + 1))
    end = min(b, start + k)
    out = [p for p in pars[start:end]]
    total = 0
    trimmed = []
    for p in out:          # keep records small
        if total > 2600 and len(trimmed) >= 2:
            break
        trimmed.append(p)
        total += len(p)
    return trimmed


def orig_kind(span, ctx):
    h = host_of(span if "://" in span else "x://" + span)
    if ctx.own_reg and registrable(h) == ctx.own_reg:
        return "legit-orig-own-site"
    if re.match(r"(?i)(https?://|www\.)", span):
        return "legit-orig-url"
    return "legit-orig-domain-mention"


# --------------------------------------------------------------------------------------------
# record assembly and validation
# --------------------------------------------------------------------------------------------

def locate(text, labels):
    """Order labels by position; returns list of (start, end, label) or None if ambiguous."""
    by_span = collections.defaultdict(list)
    for lab in labels:
        by_span[lab["span"]].append(lab)
    located = []
    for span, labs in by_span.items():
        key = {(l["injected"], l["kind"]) for l in labs}
        if len(key) != 1:
            return None
        occ, i = [], text.find(span)
        while i >= 0:
            occ.append(i)
            i = text.find(span, i + 1)
        if len(occ) != len(labs):
            return None
        for st, lab in zip(occ, labs):
            located.append((st, st + len(span), lab))
    located.sort(key=lambda x: (x[0], -x[1]))
    for (a1, b1, _), (a2, b2, _) in zip(located, located[1:]):
        if a2 < b1:   # overlapping label occurrences -> ambiguous
            return None
    return located


LOOSE_KINDS = {"inj-obfuscated", "inj-idn-homoglyph", "inj-userinfo-trick", "legit-defanged-report"}


def validate(text, located):
    dets = detect_urls(text)
    for a, b in dets:
        cover = [(x, y, l) for x, y, l in located if x < b and a < y]
        if not cover:
            return f"unlabelled URL-like text {text[a:b]!r}"
        if len(cover) == 1:
            x, y, l = cover[0]
            if (x, y) != (a, b) and l["kind"] not in LOOSE_KINDS:
                return f"detector span {text[a:b]!r} != label {l['span']!r}"
    return None


def build_record(rng, base, plan_inj, plan_leg, pools, need_idx=None, empty_url=False):
    for attempt in range(12):
        pars = trim_window(rng, base, need_idx)
        if not pars:
            return None
        ctx = Ctx(rng, base["url"], base["lang"], base["outlet"], base["text"], base_slug(base), base["category"])
        labels_extra = []
        ok = True
        for kind in plan_leg:
            res = LEGITS[kind](ctx, pars, pools)
            if res is None:
                ok = False
                break
            pars, labs = res
            labels_extra.extend(labs)
        if not ok:
            continue
        for kind in plan_inj:
            res = INJECTORS[kind](ctx, pars)
            if res is None:
                ok = False
                break
            pars, labs = res
            labels_extra.extend(labs)
        if not ok:
            continue
        text = base["sep"].join(pars)
        # label the URLs that were already in the base paragraphs (located by detection on the final
        # text, minus the spans we inserted)
        extra_spans = collections.Counter(l["span"] for l in labels_extra)
        orig = []
        prelim = locate_loose(text, labels_extra)
        if prelim is None:
            continue
        for a, b in detect_urls(text):
            if any(x < b and a < y for x, y in prelim):
                continue
            span = text[a:b]
            orig.append(L(span, False, orig_kind(span, ctx)))
        located = locate(text, labels_extra + orig)
        if located is None:
            continue
        err = validate(text, located)
        if err:
            continue
        rec_url = "" if empty_url else base["url"]
        return {"text": text, "labels": [l for _, _, l in located], "url": rec_url}
    return None


def locate_loose(text, labels):
    spans = []
    for span in sorted({l["span"] for l in labels}):
        i = text.find(span)
        if i < 0:
            return None
        while i >= 0:
            spans.append((i, i + len(span)))
            i = text.find(span, i + 1)
    return spans


# --------------------------------------------------------------------------------------------
# plan
# --------------------------------------------------------------------------------------------

INJ_QUOTA_ID = {"inj-seed-homepage": 62, "inj-seed-spun-copy": 38, "inj-bare-domain": 48, "inj-anchor-promo": 44,
                "inj-anchor-plainword": 38, "inj-markdown-link": 18, "inj-hidden-block": 9,
                "inj-hijacked-institution": 32, "inj-free-hosting": 18, "inj-shortener-promo": 22,
                "inj-obfuscated": 22, "inj-idn-homoglyph": 16, "inj-userinfo-trick": 9, "inj-punctuated": 18}
INJ_QUOTA_EN = {"inj-seed-homepage": 12, "inj-seed-spun-copy": 6, "inj-bare-domain": 8, "inj-anchor-promo": 16,
                "inj-anchor-plainword": 10, "inj-markdown-link": 30, "inj-hidden-block": 2, "inj-free-hosting": 5,
                "inj-shortener-promo": 7, "inj-obfuscated": 9, "inj-idn-homoglyph": 6, "inj-userinfo-trick": 5,
                "inj-punctuated": 10}
INJ_QUOTA_XX = {"inj-hidden-block": 2, "inj-anchor-promo": 4, "inj-seed-homepage": 4, "inj-markdown-link": 3,
                "inj-bare-domain": 2}
LEG_QUOTA_ID = {"legit-own-site": 50, "legit-anchor-own-site": 18, "legit-citation": 36, "legit-news-brand": 26,
                "legit-gov-edu": 44, "legit-gov-glued": 22, "legit-news-deeplink": 30, "legit-social-profile": 22,
                "legit-shortener-event": 18, "legit-product-docs": 22, "legit-anchor-citation": 12}
LEG_QUOTA_EN = {"legit-own-site": 20, "legit-anchor-own-site": 8, "legit-citation": 18, "legit-news-brand": 10,
                "legit-gov-edu": 16, "legit-gov-glued": 4, "legit-news-deeplink": 16, "legit-social-profile": 10,
                "legit-shortener-event": 3, "legit-product-docs": 12, "legit-anchor-citation": 8,
                "legit-gambling-report": 10}


def deck(rng, quota):
    d = [k for k, n in sorted(quota.items()) for _ in range(n)]
    rng.shuffle(d)
    return d


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap.add_argument("--data", default=os.path.join(repo, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(repo, "tests", "fixtures", "urls"))
    ap.add_argument("--seed", type=int, default=20240611)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    indosum, aeb = load_bases(args.data)
    pools = Pools(indosum, aeb)
    blocked = set()
    with open(os.path.join(args.data, "gambling-domain-blocklists", "hostsVN-gambling-domain.txt"), encoding="utf-8") as f:
        blocked.update(l.strip().lower() for l in f if l.strip())
    with open(os.path.join(args.data, "gambling-domain-blocklists", "sinfonietta-gambling-hosts.txt"), encoding="utf-8") as f:
        for l in f:
            parts = l.split()
            if len(parts) >= 2 and not l.startswith("#"):
                blocked.add(parts[1].lower())
    # a few real listed gambling domains join the throwaway pool (they are real, MIT-listed)
    listed_id = sorted(h for h in blocked if re.search(r"gacor|togel|maxwin|slot88|toto", h) and h.count(".") == 1)
    listed_en = sorted(h for h in blocked if re.search(r"bet|casino", h) and h.count(".") == 1 and len(h) < 16)
    FACT_GAMB_HOSTS.extend(rng.sample(listed_id, min(12, len(listed_id))))
    FACT_GAMB_HOSTS.extend(rng.sample(listed_en, min(8, len(listed_en))))

    records = []
    used = set()

    def emit(base, inj, leg, need_idx=None, empty_url=False):
        rec = build_record(rng, base, inj, leg, pools, need_idx, empty_url)
        if rec is None:
            return False
        used.add(base["id"])
        records.append({"id": "", "url": rec["url"], "title": "", "text": rec["text"], "labels": rec["labels"],
                        "base": base["id"], "lang": base["lang"]})
        return True

    # 1) every base article that already carries real URLs (hard negatives), some with spam too
    inj_id, inj_en, inj_xx = deck(rng, INJ_QUOTA_ID), deck(rng, INJ_QUOTA_EN), deck(rng, INJ_QUOTA_XX)
    leg_id, leg_en = deck(rng, LEG_QUOTA_ID), deck(rng, LEG_QUOTA_EN)

    def take(d, n):
        """Up to n distinct kinds from the end of deck d (a record gets each splice kind at most once)."""
        out = []
        i = len(d) - 1
        while i >= 0 and len(out) < n:
            if d[i] not in out:
                out.append(d.pop(i))
            i -= 1
        return out

    with_urls = []
    for b in indosum + aeb:
        pars = b["text"].split(b["sep"])
        idxs = [i for i, p in enumerate(pars) if good_par(p) and re.search(r"https?://|www\.|bit\.ly|\.go\.id|\.ac\.id", p)]
        if idxs:
            with_urls.append((b, idxs))
    for b, idxs in with_urls:
        for j, need in enumerate(idxs[:1]):
            lang = b["lang"]
            d = inj_id if lang == "id" else inj_en if lang == "en" else inj_xx
            inj = take(d, 1) if rng.random() < 0.45 else []
            if not emit(b, inj, [], need_idx=need):
                d[:0] = inj

    # 2) gambling / security / fintech contexts -> legit reports (+ a few injections: spam inside news about spam)
    ctx_bases = [b for b in indosum if base_topics(b["text"]) and b["id"] not in used]
    rng.shuffle(ctx_bases)
    n_report, n_hard = 0, 0
    for b in ctx_bases:
        if n_report >= 36:
            break
        t = base_topics(b["text"])
        leg = ["legit-gambling-report"]
        if n_hard < 9 and ({"judi", "siber", "blokir"} & set(base_topics(b["text"], 2))) and rng.random() < 0.7:
            leg.append("legit-report-hard")
        inj = take(inj_id, rng.choice([0, 0, 1, 1, 2]))
        if emit(b, inj, leg):
            n_report += 1
            n_hard += leg.count("legit-report-hard")
        else:
            inj_id[:0] = inj

    # 3) the bulk: random IndoSum articles and English benchmark articles
    pool_id = [b for b in indosum if b["id"] not in used]
    rng.shuffle(pool_id)
    pool_en = [b for b in aeb if b["lang"] == "en"]
    pool_xx = [b for b in aeb if b["lang"] == "xx"]
    rng.shuffle(pool_en)

    def fill_records(pool, inj_deck, leg_deck, rounds=1):
        for _ in range(rounds):
            for b in pool:
                if b["id"] in used and rounds == 1:
                    continue
                if not inj_deck and not leg_deck:
                    return
                r = rng.random()
                if (r < 0.5 and inj_deck) or not leg_deck:
                    inj = take(inj_deck, pick(rng, [1, 1, 1, 2, 2, 3]))
                    leg = take(leg_deck, pick(rng, [0, 0, 1, 1]))
                else:
                    inj = []
                    leg = take(leg_deck, pick(rng, [1, 1, 2, 2, 3]))
                if not inj and not leg:
                    continue
                if not emit(b, inj, leg, empty_url=rng.random() < 0.04):
                    inj_deck[:0] = inj      # give the splices back; another base will take them
                    leg_deck[:0] = leg

    fill_records(pool_en, inj_en, leg_en, rounds=3)
    fill_records(pool_xx, inj_xx, [], rounds=2)
    fill_records(pool_id, inj_id, leg_id, rounds=1)

    # 4) fully clean records (no spliced URL at all): only whatever the base had
    clean = [b for b in indosum if b["id"] not in used]
    for b in clean[:40]:
        emit(b, [], [])

    rng.shuffle(records)
    for k, r in enumerate(records):
        r["id"] = f"urls-{k:04d}"

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "urls.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "url": r["url"], "title": r["title"], "text": r["text"],
                                "labels": r["labels"], "base": r["base"]}, ensure_ascii=False) + "\n")
    stats = summarise(records, blocked)
    write_source_md(args.out, stats)
    print(json.dumps(stats["totals"], indent=1), file=sys.stderr)
    print("leftover decks:", len(inj_id), len(inj_en), len(inj_xx), len(leg_id), len(leg_en), file=sys.stderr)


SPAM_WORDS = re.compile(r"slot|gacor|togel|toto|judi|maxwin|pulsa|bet|casino|kasino|sbobet|scatter|mahjong|zeus|olympus|"
                        r"rtp|bandar|agen|situs|qq|poker|domino|jackpot|spin|bola|parlay|pragmatic|hoki|cuan|4d|win|"
                        r"viagra|cialis|tramadol|pharmacy|pills|meds|loan|cash|lending|pinjol|pinjaman|dana|obat|"
                        r"escort|singles|cam|dating|hot|vcs|backlink|seo|guestpost|followers|pbn|rank|link|daftar|login|"
                        r"สล็อต|บาคาร่า|赌|百家乐|казино|слот", re.I)


def host_class(span):
    s = span.replace("\u200b", "")
    s = re.sub(r"^hxxps?://", "http://", s)
    s = s.replace("[.]", ".").replace("(.)", ".").replace(" . ", ".").replace("．", ".")
    h = host_of(s if "://" in s else "http://" + s)
    if re.search(r"\.(go|ac|sch|mil)\.id$|\.(gov|edu|gob)\.[a-z]{2,3}$|\.ac\.th$|\.edu\.krd$", h):
        return "hijacked institutional host (.go.id/.ac.id/.sch.id/.mil.id/.gov.xx/.edu.xx)"
    if re.search(r"vercel\.app|netlify\.app|github\.io|blogspot\.com|pages\.dev|web\.app|sites\.google", h):
        return "free hosting page"
    if h in ("bit.ly", "rb.gy", "rebrand.ly", "s.id", "linktr.ee", "cutt.ly", "tinyurl.com", "twtr.to", "urlink.id",
             "linkpop.com", "heylink.me"):
        return "URL shortener / link page"
    if h.startswith("xn--") or ".xn--" in h or re.search(r"[^\x00-\x7f]", h):
        return "IDN / homoglyph host"
    if SPAM_WORDS.search(registrable(h)):
        return "throwaway host with promo words"
    return "neutral-looking host (bought/hijacked site, look-alike)"


def summarise(records, blocked):
    kinds = collections.Counter()
    hclass = collections.Counter()
    lang_lab = collections.Counter()
    listed = 0
    n_inj = n_leg = 0
    bases = set()
    per_rec = collections.Counter()
    for r in records:
        bases.add(r["base"])
        ni = sum(l["injected"] for l in r["labels"])
        per_rec[min(ni, 4)] += 1
        for l in r["labels"]:
            kinds[(l["kind"], l["injected"])] += 1
            lang_lab[(r["lang"], l["injected"])] += 1
            if l["injected"]:
                n_inj += 1
                hclass[host_class(l["span"])] += 1
                s = l["span"]
                h = host_of(s if "://" in s else "http://" + s)
                if h in blocked or h.replace("www.", "", 1) in blocked or registrable(h) in blocked:
                    listed += 1
            else:
                n_leg += 1
    langs = collections.Counter(r["lang"] for r in records)
    return {"kinds": kinds, "host_class": hclass, "listed": listed, "per_rec": per_rec, "langs": langs, "lang_lab": lang_lab,
            "totals": {"records": len(records), "labels": n_inj + n_leg, "injected": n_inj, "legit": n_leg,
                       "distinct_bases": len(bases),
                       "indosum_bases": sum(1 for b in bases if b.startswith("indosum-")),
                       "aeb_bases": sum(1 for b in bases if b.startswith("aeb-"))}}


KIND_DOC = {
    "inj-seed-homepage": "bare homepage with scheme pasted after the first 2-5 words of a paragraph, the sentence continuing (the seed case, e.g. `Barat telah lama https://esports-indonesia.com/ mencurigai ...`); hosts ~45 % neutral-looking, ~40 % gambling-worded, rest free-hosting / hijacked hosts",
    "inj-seed-spun-copy": "same, but inside a spun (synonym-substituted) duplicate of an existing paragraph, placed after the original or at the end",
    "inj-bare-domain": "scheme-less domain (`slotgacor88.vip`, `www.naga303.com`, `host/daftar`) pasted mid-sentence",
    "inj-anchor-promo": "HTML `<a href>` with a promo anchor text (`Slot Gacor`, `situs toto`, `payday loans` ...) spliced mid-sentence, appended as a promo sentence, or as its own paragraph; Indonesian gambling/pinjol/obat and English casino/betting/pharma/loan/adult/SEO",
    "inj-anchor-plainword": "HTML anchor whose text is an ordinary word of the sentence (`<a href=...>kebijakan</a>`)",
    "inj-markdown-link": "Markdown `[anchor](URL)`: English stealth-comment sentences (casino, betting, pharma, loan, adult, SEO), Indonesian spam-post lines (`[►👉DAFTAR DISINI](...)`)",
    "inj-hidden-block": "3-6 injected `<a href>` lines (optionally in `display:none` / `opacity:0` wrappers) appended at the end or between paragraphs; mostly hijacked institutional hosts",
    "inj-hijacked-institution": "hijacked `*.go.id` / `*.ac.id` / `*.sch.id` / `*.mil.id` / foreign `.gov.xx` / `.edu.xx` hosts with promo paths (`/slot-gacor/`, `/-/slot-pulsa/`, `/uploads/bandartogel/`, `/.well-known/`) in prose or anchors",
    "inj-free-hosting": "vercel.app / netlify.app / github.io / blogspot / pages.dev / web.app / sites.google.com promo pages",
    "inj-shortener-promo": "URL shorteners and link pages (rb.gy, bit.ly, rebrand.ly, s.id, linktr.ee, cutt.ly, tinyurl, twtr.to, urlink.id, heylink.me) with promo anchors or promo lines",
    "inj-obfuscated": "defanged / obfuscated promo hosts: `hxxps://`, `host[.]tld`, `host . tld`, full-width dot `．`, `(.)`, zero-width space inside the host",
    "inj-idn-homoglyph": "Unicode IDN or punycode hosts (Thai/Chinese/Cyrillic gambling words) and homoglyph / ASCII look-alikes of known brands (`kоmpas.com` with Cyrillic о, `detlk.com`, `kompas.corn`)",
    "inj-userinfo-trick": "`http://good.example@evil.example/` userinfo tricks (trusted name before `@`, promo host after)",
    "inj-punctuated": "promo URL followed by punctuation or wrapped in parentheses / quotes / brackets (span excludes the punctuation)",
    "legit-orig-own-site": "URL or brand mention already present in the real base article that belongs to the article's own site (`Suara.com -`, `kumparan (kumparan.com)`, `CNNIndonesia.com`)",
    "legit-orig-url": "full URL (scheme or www.) already present in the real base article (sscn.bkn.go.id, snmptn.*.ac.id list, bit.ly event links, blokbojonegoro \"Link berita:\", amzn.to, t.co, pic.twitter.com ...)",
    "legit-orig-domain-mention": "bare domain / brand mention already present in the real base article (`Detik.com`, `bumn.go.id`, `JD.com`, `PageSix.com`)",
    "legit-own-site": "link to the article's own site (same registrable domain, including regional / mobile subdomains): `Baca juga:` lines, `Read more:`, `[Baca juga: ...](url)`",
    "legit-anchor-own-site": "HTML anchor on a name in the text pointing to the outlet's own tag/topic page (`<a href=\"https://www.suara.com/tag/jokowi\">Jokowi</a>`)",
    "legit-citation": "cited source: `Sumber: https://...`, `Link berita:`, `dilansir dari laman ...`, `(via ...)`, Kompas-style syndication footer",
    "legit-news-brand": "bare brand mention of another news site as an attribution at the end of a sentence (`..., seperti dilansir dari Kompas.com.`, `..., according to Axios.com.`) or in a Kompas-style syndication footer",
    "legit-gov-edu": "official government / university / school pages with neutral paths, introduced by `melalui laman`, `di situs`, `(... )`",
    "legit-gov-glued": "official pages glued to the previous word or label by the scraper (`dihttps://...`, `lamanhttps://...`, `Website:https://...`)",
    "legit-news-deeplink": "news / reference deep links (kompas, detik, tempo, antaranews, tribunnews, liputan6, BBC, Reuters, AP, Guardian, Wikipedia incl. `(...)` and `–` in paths)",
    "legit-social-profile": "Instagram / Twitter / X / Facebook / YouTube / TikTok links in neutral context (incl. glued `Instagram:https://...`)",
    "legit-shortener-event": "bit.ly / s.id / linktr.ee / tinyurl / goo.gl event or registration links in neutral context (some scheme-less)",
    "legit-product-docs": "product, shop, app-store, ticketing and documentation links",
    "legit-anchor-citation": "HTML anchor on a neutral phrase pointing to an official page or news report",
    "legit-gambling-report": "legitimate links in text that reports on gambling / illegal lending / rogue pharmacies (aduankonten.id, trustpositif, kominfo/komdigi, OJK, PPATK, BPOM, NCPG, BeGambleAware, UK Gambling Commission, CFPB payday-loan page, FDA) — paths often contain `judi`, `payday-loan`, `gambling`",
    "legit-report-named-host": "HARD: a journalist names a hacked institutional host or a blocked gambling domain in a news report (bare host, no link)",
    "legit-defanged-report": "HARD: a security report quotes a phishing / C2 domain in defanged form (`bca-verifikasi[.]com`)",
}


def write_source_md(out, stats):
    k = stats["kinds"]
    t = stats["totals"]
    rows_inj = sorted(((kind, n) for (kind, inj), n in k.items() if inj), key=lambda x: -x[1])
    rows_leg = sorted(((kind, n) for (kind, inj), n in k.items() if not inj), key=lambda x: -x[1])
    lines = []
    w = lines.append
    w("# urls — labelled evaluation set for the URL-injection filter")
    w("")
    w("Generated by `eval/prep/build_url_eval.py` (deterministic; `python3 eval/prep/build_url_eval.py` from the "
      "repository root, reading `../shared/data`). Do not edit by hand: change the script and re-run.")
    w("")
    w(f"**Size:** {t['records']} article records, {t['labels']} labelled URL occurrences "
      f"({t['injected']} injected, {t['legit']} legitimate), built on {t['distinct_bases']} distinct base articles "
      f"({t['indosum_bases']} IndoSum, {t['aeb_bases']} article-extraction-benchmark).")
    w("")
    w("## Format")
    w("`urls.jsonl`, one record per line: `{\"id\", \"url\", \"title\", \"text\", \"labels\", \"base\"}`.")
    w("- `url`: the article's own URL (from the source data; empty for a few records on purpose), `title` is empty.")
    w("- `labels`: one entry per URL-like occurrence in `text`, **in text order**: `{\"span\", \"injected\", \"kind\"}`. "
      "`span` is the exact substring as the URL appears (for HTML anchors / Markdown links only the href / target; "
      "an anchor text that is itself a URL is labelled separately). Trailing sentence punctuation and wrapping "
      "brackets/quotes are not part of the span (`)` stays when it belongs to the URL, e.g. a Wikipedia path).")
    w("- Invariant (checked by the builder): for every distinct span, the number of its occurrences in `text` "
      "(overlapping search) equals the number of labels carrying it, and identical spans in one record carry identical "
      "labels; so the k-th label with span s is the k-th occurrence of s. A URL detector (scheme URLs, `www.`, bare "
      "`name.tld` with a TLD list) run over the final text finds nothing outside a labelled span.")
    w("- \"URL-like\" means: anything with a scheme, anything starting `www.`, a bare `name.tld` (including news brand "
      "mentions such as `Suara.com` or `CNNIndonesia.com`), and the obfuscated/defanged/IDN forms listed below. "
      "E-mail addresses and `@handle.name` social handles are not URLs; base paragraphs containing them were dropped.")
    w("")
    w("## Kinds and counts")
    w("")
    w("| kind | injected | count | description |")
    w("| --- | --- | --- | --- |")
    for kind, n in rows_inj:
        w(f"| `{kind}` | true | {n} | {KIND_DOC.get(kind, '')} |")
    for kind, n in rows_leg:
        w(f"| `{kind}` | false | {n} | {KIND_DOC.get(kind, '')} |")
    w("")
    w("Injected URLs by host class: " + "; ".join(f"{c}: {n}" for c, n in sorted(stats["host_class"].items(), key=lambda x: -x[1]))
      + f". Injected hosts that appear in the MIT gambling blocklists: {stats['listed']} of {t['injected']} "
      "(as in real data, a blocklist alone catches very little).")
    w("")
    ll = stats["lang_lab"]
    names = {"id": "Indonesian", "en": "English", "xx": "other (pt/it/ru/ko/de)"}
    w("Records and labels by base-article language: " + "; ".join(
        f"{names[lg]}: {stats['langs'][lg]} records, {ll[(lg, True)]} injected / {ll[(lg, False)]} legitimate"
        for lg in ("id", "en", "xx")) + ".")
    w("")
    w("Records by number of injected URLs: " + ", ".join(f"{'4+' if n == 4 else n}: {c}" for n, c in sorted(stats["per_rec"].items())) + ".")
    w("")
    w("## Hard cases (documented on purpose)")
    w("- **Injected but neutral-looking:** seed-pattern homepages on neutral hosts (`kacafilm.id`, `kabarpelangi.net`), hijacked "
      "`*.go.id`/`*.ac.id` hosts with neutral paths (`/login/`, `/uploads/berita/`) that only a promo anchor or the hidden block "
      "betrays, anchors on ordinary words, English stealth comments that read like normal prose, look-alike brands.")
    w("- **Legitimate but spam-shaped:** URLs glued to the previous word (`lamanhttps://...`), bit.ly / s.id / linktr.ee event links, "
      "official pages whose path contains `judi-online`, `payday-loan`, `gambling`; `.sch.id` / `kab.go.id` pages next to hijacked "
      "siblings; own-site tag anchors on names; `Baca juga` Markdown links; Wikipedia paths with `(`, `)` and `–`; "
      "the real IndoSum report on a web-forward hack citing `https://beahappymillionaire.com`.")
    w("- **Hardest legitimate cases** (`legit-report-named-host`, `legit-defanged-report`): a journalist names a hacked "
      "government host, a blocked gambling domain (`1xbet.com`) or a defanged phishing domain in a news report. They are few; "
      "a classifier that flags them is wrong by the article's intent, but the surface is identical to spam.")
    w("- Obfuscated forms with spaces (`host . tld`) or a zero-width space keep those characters in `span`.")
    w("")
    w("## Sources and licences")
    w("")
    w("**This fixture is licensed CC BY-SA 4.0** (ShareAlike, inherited from IndoSum). The article-extraction-benchmark "
      "paragraphs are included under its MIT licence (notice below); everything spliced in is our own text.")
    w("")
    w("| source | where from | licence as stated | used for |")
    w("| --- | --- | --- | --- |")
    w("| IndoSum dev folds | GitHub `JoshuaGlaZ/indogist`, commit `7d4976ea66d03dab480e093d9fc7b1fae9e3f0fe`, "
      "`data/indosum/dev.01.jsonl` … `dev.05.jsonl` (upstream `kata-ai/indosum`); read from "
      "`../shared/data/indonesian-indosum/indosum-dev.jsonl` | CC BY-SA 4.0 (`data/indosum/README.txt`) | base articles "
      "(trimmed paragraphs), their real URLs as legitimate labels, real article URLs as own-site / cited deep links, "
      "slugs for invented deep links |")
    w("| article-extraction-benchmark | GitHub `scrapinghub/article-extraction-benchmark`, commit "
      "`4a3bc979f76c0df73cb95fe272e2fc1b96f9f010`, `ground-truth.json` (`articleBody`, `url`) | MIT, "
      "\"Copyright (c) 2020 Scrapinghub\" | English (and a few Portuguese/Italian/Russian/Korean/Indonesian) base articles "
      "and their real URLs; page URLs as cited deep links |")
    w("| gambling-domain-blocklists | GitHub `bigdargon/hostsVN`, commit `83537ccd097a04e323acd31d270299349fd58ee6`, "
      "`extensions/gambling/domain.txt` (MIT, \"Copyright (c) 2026 BigDargon\"); GitHub `Sinfonietta/hostfiles`, commit "
      "`62631ce2ee373595bbc187623aa5bb7f7a1ad534`, `gambling-hosts` (MIT, \"Copyright (c) 2016 Sinfonietta\") | MIT | "
      "about 20 listed gambling domains used as injected hosts; the count of listed injected hosts above |")
    w("| spam-injection-examples | `../shared/data/spam-injection-examples/examples.jsonl` (30 real excerpts collected by "
      "`eval/prep/build_spam_examples.py`) | none (quoted spam) | **facts only**: host names, URL path shapes "
      "(`/-/slot-pulsa/`, `/uploads/bandartogel/`, `/.well-known/`), short anchor texts (`Slot Gacor`, `situs toto`, "
      "`togel online`), markup shapes (`rel=\"dofollow\"`, `display:none`). No prose copied. |")
    w("| indonesian-detik-1000 | `../shared/data/indonesian-detik-1000/` | none (detik.com content) | read only to learn how "
      "legitimate URLs appear in Indonesian news (glued `di`/`laman` + URL, `Instagram:https://`); **nothing copied**, "
      "the glued pattern is re-created with other hosts |")
    w("")
    w("Please cite IndoSum: Kemal Kurniawan and Samuel Louvan, \"IndoSum: A New Benchmark Dataset for Indonesian Text "
      "Summarization\", IALP 2018, DOI 10.1109/IALP.2018.8629109.")
    w("")
    w("MIT licence notice for the article-extraction-benchmark paragraphs (Copyright (c) 2020 Scrapinghub) and the "
      "blocklist domain names (Copyright (c) 2026 BigDargon; Copyright (c) 2016 Sinfonietta):")
    w("")
    w("> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated "
      "documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation "
      "the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to "
      "permit persons to whom the Software is furnished to do so, subject to the following conditions:")
    w(">")
    w("> The above copyright notice and this permission notice shall be included in all copies or substantial portions "
      "of the Software.")
    w(">")
    w("> THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED "
      "TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE "
      "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, "
      "TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE "
      "SOFTWARE.")
    w("")
    w("## Safety")
    w("All spam host names, URLs and path patterns in this fixture are **inert test strings. Never fetch, resolve or "
      "visit them.** Some are real hijacked or real gambling sites (taken from the examples set and the blocklists); "
      "the generated institutional host names (`dinsos.<kab>kab.go.id`, `<sub>.<univ>.ac.id`, ...) follow the real "
      "shape of hijacked hosts and are *not* claims that those sites are or were compromised.")
    w("")
    with open(os.path.join(out, "SOURCE.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
