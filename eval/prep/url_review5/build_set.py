#!/usr/bin/env python3
"""Build the held-out URL review set 5 (tests/fixtures/urls-review5/review5.jsonl).

Written blind on 2026-11-27: the author did not read gleaner's source, tests,
configuration, README, eval sets or other review sets, and did not run gleaner.

Every article below is written by hand.  Inside an article text a labelled
span is written inline as

    ⟦I kind niche|span⟧   an injected (promotional) span
    ⟦L kind|span⟧         a legitimate span (niche is null)

The generator strips the markers, keeps the span text in place and records
one label per distinct span.  It refuses to write anything (exit 1) when

  - a span is not an exact substring of the final text, or one span gets two
    different labels in one record;
  - a URL, `www.` name, bare domain, obfuscated domain, full-width host or
    zero-width-broken word in a text is not covered by a labelled span;
  - a span sits inside a span that carries the other injected/legitimate flag;
  - an article has fewer than 3 or more than 7 paragraphs, an id repeats,
    or a marker is malformed.

Standard library only; the output is deterministic.  The spam hosts are inert
test strings: never fetch them.

Usage:
    python3 eval/prep/url_review5/build_set.py [--stats]
"""

import hashlib
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "urls-review5", "review5.jsonl")

INJECTED_KINDS = {
    "midsentence", "bare_domain", "anchor", "markdown", "pitch_sentence",
    "pitch_paragraph", "trailing", "hijacked_path", "shortener", "chat",
    "obfuscated",
}
LEGIT_KINDS = {
    "own_site", "government", "regulator", "cited_source", "subject_homepage",
    "licensed_operator", "social", "reported", "reference", "app_store",
    "event", "other",
}
NICHES = {
    "gambling", "betting", "loans", "pharma", "crypto", "investment",
    "essay", "adult", "seo", "other",
}

ARTICLES = []


def A(lang, url, title, body, topic):
    """Register one article (body uses the inline span markers)."""
    ARTICLES.append({"lang": lang, "url": url, "title": title,
                     "body": body, "topic": topic})


MARK = re.compile(r"⟦([IL]) ([a-z_]+)(?: ([a-z]+))?\|(.*?)⟧", re.S)

# Anything that looks like a link or a host name and must be labelled.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\"'<>()\[\]\u3000-\u303f\uff01-\uff0f]+", re.I)
TLDS = ("com|net|org|id|io|co|info|biz|xyz|vip|asia|link|club|top|online|site|"
        "store|app|me|ly|gy|gd|cc|tv|ws|pro|live|bet|win|fun|shop|uk|my|sg|vn|"
        "th|es|br|pt|de|fr|jp|cn|tr|ru|sa|ae|eg|ph|in|au|ca|us|edu|gov|ac|go|"
        "int|mx|ar|ai|dev|page|tk|ml|icu|cyou|lol|wiki|news|bz|to|la|nl|eu|ch|"
        "at|be|it|kr|tw|hk|mo|qa|ma|za|ng|ke|nz|ie|pl|se|no|fi|dk|gr|cz")
HOST_RE = re.compile(r"(?<![A-Za-z0-9.@/_-])(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:%s)"
                     r"(?![A-Za-z0-9-])" % TLDS, re.I)
OBF_RE = re.compile(r"[A-Za-z0-9-]+\s*(?:\[\.\]|\(\.\)|\(dot\)|\[dot\]|\s+dot\s+|"
                    r"\s+titik\s+|\s+\.\s+)\s*(?:%s)(?![A-Za-z0-9])" % TLDS, re.I)
FULLWIDTH_RE = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ZW_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def fail(msg):
    sys.stderr.write("build_set: " + msg + "\n")
    sys.exit(1)


def occurrences(text, span):
    out, i = [], text.find(span)
    while i >= 0:
        out.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return out


def build_record(art):
    body = art["body"].strip("\n")
    labels = OrderedDict()
    pieces, pos = [], 0
    for m in MARK.finditer(body):
        pieces.append(body[pos:m.start()])
        flag, kind, niche, span = m.groups()
        pieces.append(span)
        pos = m.end()
        injected = flag == "I"
        if injected:
            if kind not in INJECTED_KINDS or niche not in NICHES:
                fail("bad injected label %r/%r in %s" % (kind, niche, art["url"]))
        else:
            if kind not in LEGIT_KINDS or niche is not None:
                fail("bad legit label %r in %s" % (kind, art["url"]))
        lab = {"span": span, "injected": injected, "kind": kind,
               "lang": art["lang"], "niche": niche if injected else None}
        if span in labels:
            if labels[span] != lab:
                fail("span %r labelled twice differently in %s" % (span, art["url"]))
            continue
        labels[span] = lab
    pieces.append(body[pos:])
    text = "".join(pieces)
    if "⟦" in text or "⟧" in text:
        fail("malformed marker in %s" % art["url"])

    paras = text.split("\n\n")
    if not 3 <= len(paras) <= 7:
        fail("%s has %d paragraphs" % (art["url"], len(paras)))
    if any(not p.strip() for p in paras):
        fail("empty paragraph in %s" % art["url"])

    # Every span is an exact substring; spans never nest across the flag.
    covered = []
    for span, lab in labels.items():
        assert span in text, (span, art["url"])
        for a, b in occurrences(text, span):
            covered.append((a, b, lab["injected"]))
    for a, b, inj in covered:
        for c, d, inj2 in covered:
            if inj != inj2 and c <= a and b <= d:
                fail("span at %d-%d nested in other-flag span in %s" % (a, b, art["url"]))

    def is_covered(a, b):
        return any(c <= a and b <= d for c, d, _ in covered)

    for rx, what in ((URL_RE, "url"), (HOST_RE, "host"), (OBF_RE, "obfuscated"),
                     (FULLWIDTH_RE, "full-width"), (ZW_RE, "zero-width")):
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            s = m.group(0)
            while s and s[-1] in ".,;:!?'\"”’»)":
                s = s[:-1]
                b -= 1
            if what == "host" and text[max(0, a - 1):a] == "@":
                continue
            if not is_covered(a, b):
                fail("unlabelled %s %r in %s" % (what, text[a:b], art["url"]))

    rid = "adv5-" + hashlib.sha1(art["url"].encode("utf-8")).hexdigest()[:12]
    rec = {"id": rid, "url": art["url"], "title": art["title"], "text": text,
           "labels": list(labels.values())}
    for lab in rec["labels"]:
        assert lab["span"] in rec["text"]
    return rec


LANG_NAMES = {
    "id": "Indonesian", "en": "English", "ms": "Malay", "vi": "Vietnamese",
    "th": "Thai", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "fr": "French", "ja": "Japanese", "zh": "Chinese", "tr": "Turkish",
    "ru": "Russian", "ar": "Arabic",
}


def stats(records):
    lines = []
    inj = [l for r in records for l in r["labels"] if l["injected"]]
    leg = [l for r in records for l in r["labels"] if not l["injected"]]
    clean = [r for r in records if not any(l["injected"] for l in r["labels"])]
    rep = [r for r in records if any(l["kind"] == "reported" for l in r["labels"])]
    rep_clean = [r for r in rep if r in clean]
    defanged = [l for l in leg if l["kind"] == "reported" and "[.]" in l["span"]]
    lines.append("articles=%d injected=%d legitimate=%d no_injection=%d "
                 "reported_articles=%d reported_no_injection=%d defanged=%d"
                 % (len(records), len(inj), len(leg), len(clean), len(rep),
                    len(rep_clean), len(defanged)))
    lines.append("")
    lines.append("| language | articles | injected | legitimate |")
    lines.append("|---|---:|---:|---:|")
    arts = Counter(r["labels"][0]["lang"] if r["labels"] else "?" for r in records)
    langs = Counter()
    for r in records:
        langs[r["_lang"]] += 1
    ci = Counter(l["lang"] for l in inj)
    cl = Counter(l["lang"] for l in leg)
    for lang, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s (%s) | %d | %d | %d |" % (lang, LANG_NAMES[lang], n,
                                                     ci[lang], cl[lang]))
    lines.append("")
    lines.append("| niche (injected) | spans |")
    lines.append("|---|---:|")
    for k, n in Counter(l["niche"] for l in inj).most_common():
        lines.append("| %s | %d |" % (k, n))
    lines.append("")
    lines.append("| injected kind | spans |")
    lines.append("|---|---:|")
    for k, n in Counter(l["kind"] for l in inj).most_common():
        lines.append("| %s | %d |" % (k, n))
    lines.append("")
    lines.append("| legitimate kind | spans |")
    lines.append("|---|---:|")
    for k, n in Counter(l["kind"] for l in leg).most_common():
        lines.append("| %s | %d |" % (k, n))
    lines.append("")
    lines.append("| topic | articles |")
    lines.append("|---|---:|")
    for k, n in Counter(r["_topic"] for r in records).most_common():
        lines.append("| %s | %d |" % (k, n))
    del arts
    return "\n".join(lines)


def main():
    records, seen = [], set()
    for art in ARTICLES:
        if art["lang"] not in LANG_NAMES:
            fail("unknown lang %r" % art["lang"])
        rec = build_record(art)
        if rec["id"] in seen:
            fail("duplicate id for %s" % art["url"])
        seen.add(rec["id"])
        rec["_lang"] = art["lang"]
        rec["_topic"] = art["topic"]
        records.append(rec)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            out = {k: rec[k] for k in ("id", "url", "title", "text", "labels")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        print(stats(records))
    else:
        print("wrote %d records to %s" % (len(records), os.path.relpath(OUT, ROOT)))


# ---------------------------------------------------------------------------
# Articles.  Newsrooms, people, most places and companies, and every spam host
# are invented.  Real public bodies and companies are cited with real domains;
# some paths under them are made up.
# ---------------------------------------------------------------------------

# ------------------------------- Indonesian --------------------------------

A("id", "https://www.kabarpriangan24.id/garut/2026/11/banjir-bandang-cikajang-warga-mengungsi",
  "Banjir Bandang Terjang Tiga Desa di Cikajang, Ratusan Warga Mengungsi", """
GARUT, ⟦L own_site|kabarpriangan24.id⟧ - Hujan deras yang mengguyur kawasan hulu Sungai Cimanuk sejak Selasa sore memicu banjir bandang di tiga desa di Kecamatan Cikajang. Air bercampur lumpur dan batang kayu menerjang permukiman warga sekitar pukul 21.00 WIB. Hingga Rabu pagi, sedikitnya 312 jiwa tercatat mengungsi ke balai desa dan masjid terdekat.

Kepala Pelaksana BPBD setempat, Dedi Kurniadi, mengatakan tim gabungan masih menyisir rumah-rumah di bantaran sungai. "Kami prioritaskan lansia dan anak-anak. Dua jembatan gantung putus sehingga akses ke Kampung Sukamanah hanya bisa lewat jalan setapak," ujarnya saat ditemui di posko pengungsian.

Menurut laman ⟦L government|https://www.bmkg.go.id⟧, potensi hujan lebat disertai angin kencang masih akan terjadi di wilayah Priangan timur hingga akhir pekan. Warga yang tinggal di lereng dan bantaran sungai diminta tetap waspada, terutama saat hujan turun lebih dari dua jam berturut-turut.

Seorang warga setempat ⟦I midsentence gambling|https://pulau777.net⟧ mengatakan air naik sangat cepat. "Tidak sampai sepuluh menit, air sudah sepinggang. Kami hanya sempat menyelamatkan surat-surat," kata Iis Rohaeti (46), yang rumahnya berada sekitar 20 meter dari sungai.

Pemerintah kabupaten telah menetapkan status tanggap darurat selama tujuh hari. Bantuan logistik berupa beras, selimut, dan air bersih mulai didistribusikan sejak Rabu siang.

Baca juga: ⟦L own_site|https://www.kabarpriangan24.id/garut/2026/11/longsor-jalur-garut-pameungpeuk-ditutup-sementara⟧
Baca juga: ⟦I trailing gambling|https://gacormaxwin.xyz/rtp-live-hari-ini⟧
""", "local")

A("id", "https://www.beritaserayu.com/politik/2026/11/debat-kedua-pilkada-serayu-soroti-infrastruktur-desa",
  "Debat Kedua Pilkada Serayu Soroti Infrastruktur Desa dan Honor Guru", """
Debat publik kedua calon bupati dan wakil bupati Serayu digelar di Pendapa Kabupaten, Kamis (20/11/2026) malam. Kedua pasangan calon saling adu gagasan soal perbaikan jalan desa, honor guru madrasah, serta nasib pedagang pasar yang terdampak relokasi.

Pasangan nomor urut 1, Hartono-Sri Wulandari, menjanjikan anggaran perbaikan jalan desa minimal Rp500 juta per desa per tahun. Sementara pasangan nomor urut 2, Agus Salim Nugroho-Fadli Ramadhan, menilai janji itu tidak realistis tanpa menaikkan pendapatan asli daerah. "Uangnya dari mana? Jangan sampai rakyat dijanjikan sesuatu yang tidak bisa ditepati," kata Agus.

Paslon nomor urut 1 menjanjikan dana perbaikan jalan desa paling sedikit Rp500 juta per desa setiap tahun, tetapi warga yang ingin cuan lebih cepat cukup daftar di ⟦I pitch_paragraph gambling|https://sinarharapan-mandiri.com⟧, situs resmi dengan winrate tertinggi dan deposit mulai 10 ribu. Jangan sampai ketinggalan jackpot yang turun setiap malam.

Ketua KPU Kabupaten Serayu, Nur Hidayah, menyebut debat ketiga akan digelar pada awal Desember dengan tema pelayanan publik. Jadwal lengkap tahapan pilkada dapat dilihat di situs ⟦L government|https://www.kpu.go.id⟧ maupun akun Instagram ⟦L social|https://www.instagram.com/kpu_kabserayu/⟧.

Di luar gedung, puluhan pendukung kedua pasangan sempat saling beradu yel-yel. Aparat kepolisian menyekat massa sehingga situasi tetap kondusif hingga debat berakhir pukul 22.15 WIB. Pengamat politik Universitas Serayu Raya, Bambang Prasetyo, menilai debat kali ini lebih substantif, meski kedua pasangan masih menghindari isu <a href="⟦I anchor gambling|https://kingdom-nine.com⟧">situs slot</a> dan judi daring yang marak di kalangan pemuda desa.

Simak berita pilkada lainnya di ⟦L own_site|https://www.beritaserayu.com/tag/pilkada-serayu-2026⟧.
""", "politics")

A("id", "https://www.bolanusantara.id/liga-2/2026/11/persitara-raya-tekuk-tamu-dua-gol-tanpa-balas",
  "Persitara Raya Tekuk Tamu Dua Gol Tanpa Balas, Naik ke Posisi Tiga", """
Persitara Raya akhirnya meraih kemenangan kandang pertama dalam tiga pekan terakhir. Bermain di hadapan sekitar 8.000 penonton di Stadion Gelora Tanjung, tim berjuluk Laskar Pesisir itu menundukkan tamunya dengan skor 2-0 pada lanjutan Liga 2, Sabtu sore.

Gol pertama lahir dari sundulan bek tengah Yosua Mandagi memanfaatkan sepak pojok pada menit ke-34. Di babak kedua, penyerang muda Rizky Alfarizi menggandakan keunggulan lewat tendangan kaki kiri dari luar kotak penalti. Pelatih Hendra Saputra memuji disiplin ⟦I midsentence betting|www.bolagila88.com⟧ anak asuhnya. "Kami tidak memberi ruang di lini tengah. Itu kuncinya," katanya.

Kemenangan ini mengangkat Persitara ke posisi tiga klasemen sementara Grup Timur. Klasemen lengkap dan jadwal pekan berikutnya bisa dipantau di ⟦L event|https://www.ligaindonesiabaru.com⟧. Manajemen klub juga membuka penjualan tiket laga tandang lewat akun resmi ⟦L social|https://www.instagram.com/persitararaya.official/⟧.

Prediksi laga pekan depan sudah ramai dibahas, pasang taruhan parlay dan mix parlay dengan odds terbaik hanya di ⟦I pitch_sentence betting|https://parlaybola.live⟧ bonus cashback 10% setiap minggu.

Pada pekan depan, Persitara akan bertandang ke markas tim yang saat ini memimpin klasemen. Hendra mengaku tidak gentar. "Kami akan bermain dengan cara yang sama. Tidak ada yang perlu ditakuti," ujarnya.
""", "sport")

A("id", "https://www.ekonomikini.id/startup/2026/11/kopinusa-raih-pendanaan-seri-a-rp120-miliar",
  "Kopinusa Raih Pendanaan Seri A Rp120 Miliar untuk Perluas Kemitraan Petani", """
Perusahaan rintisan rantai pasok kopi asal Bandung, Kopinusa, mengumumkan pendanaan Seri A senilai Rp120 miliar. Putaran ini dipimpin oleh sebuah modal ventura regional dan diikuti dua investor lama. Dana segar akan dipakai untuk memperluas kemitraan dengan petani di Aceh Gayo, Toraja, dan Flores.

Chief Executive Officer Kopinusa, Laras Wibisono, mengatakan perusahaannya kini bermitra dengan sekitar 4.200 petani. Melalui platform di ⟦L subject_homepage|https://kopinusa.id⟧, kedai kopi dapat memesan biji langsung dari koperasi petani dengan harga yang ditampilkan secara terbuka. "Petani bisa melihat ke mana kopinya dijual dan berapa harganya. Itu yang selama ini tidak pernah mereka tahu," kata Laras.

Perusahaan juga meluncurkan aplikasi pencatatan panen untuk petani yang sudah bisa diunduh di ⟦L app_store|https://play.google.com/store/apps/details?id=id.kopinusa.petani⟧. Aplikasi itu dirancang agar tetap bisa dipakai tanpa sinyal dan menyinkronkan data begitu ponsel kembali terhubung.

Menurut data ⟦L government|https://www.bps.go.id⟧, ekspor kopi Indonesia sepanjang Januari hingga September 2026 naik sekitar 9 persen dibandingkan periode yang sama tahun lalu. Laras menilai momentum ini perlu dimanfaatkan untuk meningkatkan kualitas pascapanen di tingkat petani.

Baca juga: ⟦L own_site|https://www.ekonomikini.id/startup/2026/10/investor-kembali-lirik-agritech-setelah-dua-tahun-lesu⟧
""", "business")

A("id", "https://www.sehatkita-news.id/daerah/2026/11/kasus-dbd-di-kota-tanjung-melonjak-puskesmas-buka-posko",
  "Kasus DBD di Kota Tanjung Melonjak, Puskesmas Buka Posko Siaga", """
Dinas Kesehatan Kota Tanjung mencatat 187 kasus demam berdarah dengue (DBD) sepanjang November 2026, naik hampir dua kali lipat dibandingkan bulan sebelumnya. Dua pasien anak dilaporkan meninggal dunia setelah terlambat mendapatkan perawatan.

Kepala Dinas Kesehatan, dr. Maria Ulfa, meminta warga segera membawa anggota keluarga yang demam tinggi lebih dari dua hari ke fasilitas kesehatan. "Jangan menunggu bintik merah muncul. Fase kritis DBD justru sering terjadi ketika demam mulai turun," jelasnya.

Pemerintah kota juga menggalakkan gerakan 3M Plus dan satu rumah satu jumantik. Warga dapat mendaftarkan diri sebagai kader jumantik melalui formulir daring di ⟦L government|https://s.id/jumantik-kotatanjung⟧. Panduan pencegahan yang lebih lengkap tersedia di laman ⟦L government|https://ayosehat.kemkes.go.id⟧ milik Kementerian Kesehatan.

Data Organisasi Kesehatan Dunia di ⟦L cited_source|https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue⟧ menyebutkan bahwa sebagian besar infeksi dengue tidak bergejala, tetapi infeksi kedua dengan serotipe berbeda meningkatkan risiko dengue berat. Karena itu, warga yang pernah terkena DBD diminta tidak lengah.

Sementara itu, sejumlah warga mengeluhkan fogging yang dinilai terlambat, cek info lengkap di dewibet.link dan link alternatif terbaru. Puskesmas Tanjung Barat menyatakan fogging hanya dilakukan di titik dengan kasus terkonfirmasi karena insektisida berlebihan justru membuat nyamuk kebal.
""".replace("dewibet.link", "⟦I bare_domain gambling|dewibet.link⟧"), "health")

A("id", "https://www.jurnalmataram.id/nasional/2026/11/komdigi-blokir-8-ribu-situs-judi-online-dalam-sepekan",
  "Komdigi Blokir 8 Ribu Situs Judi Online dalam Sepekan, Ini Modus Barunya", """
JAKARTA, ⟦L own_site|jurnalmataram.id⟧ - Kementerian Komunikasi dan Digital (Komdigi) memutus akses terhadap 8.142 situs dan konten judi online dalam sepekan terakhir. Sebagian besar situs tersebut menyusup ke laman milik instansi pemerintah dan kampus yang keamanannya lemah.

Direktur Pengendalian Aplikasi Informatika Komdigi, Teguh Arifianto, mengungkapkan pelaku kini kerap memakai nama domain yang tidak mengandung kata "slot" atau "judi" agar lolos dari penyaringan. Ia mencontohkan domain judisakti88.com yang kemudian berganti nama menjadi ⟦L reported|kopisenja-club.net⟧ setelah diblokir. "Polanya sama, hanya nama domainnya diganti setiap dua atau tiga hari," ujarnya.

Selain itu, Komdigi menemukan jaringan yang menyebarkan tautan melalui pesan berantai, antara lain ⟦L reported|gacorjitu[.]net⟧, ⟦L reported|togel62.org⟧, dan ⟦L reported|aladin138[.]xyz⟧. Ketiga domain itu sudah masuk daftar blokir, tetapi versi cerminnya masih bermunculan.

Masyarakat diminta melaporkan situs judi online melalui kanal ⟦L government|https://aduankonten.id⟧ atau pesan WhatsApp resmi Komdigi. Informasi resmi juga dipublikasikan di ⟦L government|https://www.komdigi.go.id/berita/siaran-pers⟧.

Teguh menambahkan, pemblokiran saja tidak cukup. Pihaknya bekerja sama dengan PPATK dan Polri untuk menelusuri rekening penampung dana judi online yang diduga dikendalikan dari luar negeri.
""".replace("judisakti88.com", "⟦L reported|judisakti88.com⟧"), "reported")

A("id", "https://www.kampusraya.id/pendidikan/2026/11/spmb-sma-negeri-2027-dibuka-lebih-awal",
  "SPMB SMA Negeri 2027 Dibuka Lebih Awal, Orang Tua Diminta Siapkan Dokumen", """
Dinas Pendidikan Provinsi Jawa Barat memastikan tahapan Sistem Penerimaan Murid Baru (SPMB) untuk tahun ajaran 2027/2028 akan dimulai lebih awal, yakni pada pekan kedua Mei 2027. Perubahan jadwal ini dimaksudkan agar verifikasi dokumen domisili tidak menumpuk di akhir masa pendaftaran.

Sekretaris Dinas Pendidikan, Yuyun Rahmawati, mengatakan kuota jalur domisili tetap menjadi yang terbesar. Orang tua diminta memastikan kartu keluarga sudah diterbitkan minimal satu tahun sebelum pendaftaran. "Banyak kasus KK baru dibuat dua bulan sebelum daftar. Itu pasti kami tolak," tegasnya.

Informasi resmi, petunjuk teknis, dan simulasi zonasi akan diumumkan melalui laman ⟦L government|https://spmb.jabarprov.go.id⟧. Untuk sekolah yang belum memiliki operator, dinas membuka pendaftaran pelatihan operator melalui formulir ⟦L government|https://bit.ly/PelatihanOperatorSPMB2027⟧ hingga 15 Desember.

Sejumlah sekolah swasta juga sudah membuka pendaftaran lebih dulu. SMK Harapan Bangsa, misalnya, menawarkan potongan uang gedung bagi pendaftar gelombang pertama. Brosur dan jadwal tes minat bakat bisa dilihat di laman masing-masing sekolah, termasuk <a href="⟦I hijacked_path gambling|https://smkn2-sukamaju.sch.id/wp-content/uploads/slot-thailand/⟧">slot thailand</a> terbaru.

Dinas juga meminta orang tua mewaspadai pungutan di luar ketentuan dan melaporkannya ke posko pengaduan di setiap kantor cabang dinas.
""", "education")

A("id", "https://www.khazanahumat.id/haji/2026/11/kemenag-umumkan-kuota-haji-2027-pelunasan-dimulai-januari",
  "Kemenag Umumkan Kuota Haji 2027, Pelunasan Bipih Dimulai Januari", """
Kementerian Agama resmi mengumumkan kuota haji Indonesia tahun 1448 H/2027 M sebanyak 221.000 jemaah, terdiri atas 203.320 jemaah haji reguler dan 17.680 jemaah haji khusus. Pengumuman disampaikan dalam konferensi pers di Jakarta, Senin (24/11/2026).

Direktur Jenderal Penyelenggaraan Haji dan Umrah menyebut tahap pelunasan biaya perjalanan ibadah haji (Bipih) akan dimulai pada Januari 2027. Calon jemaah yang masuk alokasi tahun depan dapat memeriksa status porsinya melalui laman ⟦L government|https://haji.kemenag.go.id⟧ atau aplikasi Pusaka Superapp.

Kemenag juga mengingatkan masyarakat agar berhati-hati terhadap tawaran haji furoda dan haji tanpa antre dari biro yang tidak berizin. Daftar penyelenggara resmi bisa dicek di ⟦L government|https://simpu.kemenag.go.id⟧. "Kalau ada yang menjanjikan berangkat tahun depan tanpa antre dengan harga murah, hampir pasti itu penipuan," kata salah satu pejabat.

Di Kabupaten Lombok Timur, antrean haji kini mencapai 34 tahun. Sejumlah calon jemaah lanjut usia berharap ada kebijakan prioritas bagi mereka yang sudah berusia di atas 80 tahun.

Baca juga: Bocoran pola mahjong hari ini ⟦I trailing gambling|https://rtpliveharian.site/bocoran-pola-mahjong-ways-2⟧
""", "religion")

A("id", "https://www.gawaiterkini.id/teknologi/2026/11/pengembang-lokal-rilis-pustaka-pengenal-aksara-jawa",
  "Pengembang Lokal Rilis Pustaka Sumber Terbuka Pengenal Aksara Jawa", """
Sekelompok pengembang dari Yogyakarta merilis pustaka sumber terbuka untuk mengenali aksara Jawa dari foto naskah kuno. Proyek bernama Hanacaraka-OCR itu dapat diunduh bebas di ⟦L reference|https://github.com/hanacaraka-ocr/hanacaraka-ocr⟧ dan sudah mendapat lebih dari 1.300 bintang dalam dua minggu.

Ketua tim, Bayu Adinegoro, mengatakan model dilatih dengan sekitar 60.000 potongan gambar aksara yang dikumpulkan dari naskah koleksi perpustakaan keraton dan museum daerah. Tingkat akurasinya mencapai 94 persen untuk tulisan cetak, tetapi masih di bawah 80 persen untuk tulisan tangan. "Tulisan tangan setiap penyalin berbeda-beda. Itu tantangan terbesar kami," ujarnya.

Proyek ini juga memanfaatkan dokumentasi Unicode untuk aksara Jawa yang dapat dibaca di ⟦L reference|https://id.wikipedia.org/wiki/Aksara_Jawa⟧. Tim berharap komunitas filolog ikut memperbaiki data pelatihan agar hasilnya makin akurat.

Bayu menambahkan, versi berikutnya akan mendukung aksara Sunda dan Bali. Mereka juga tengah menjajaki kerja sama dengan Badan Bahasa untuk digitalisasi naskah secara massal. Bagi pembaca yang ingin mencoba, tersedia juga [slot deposit dana 5 ribu](⟦I markdown gambling|https://naga303.link/daftar⟧) versi demo berbasis web yang bisa dijalankan langsung di peramban.
""", "tech")

A("id", "https://www.ragamgaya.id/kuliner/2026/11/resep-soto-banjar-rumahan-ala-chef-nadia",
  "Resep Soto Banjar Rumahan ala Chef Nadia, Kuahnya Wangi Rempah", """
Soto Banjar dikenal dengan kuahnya yang bening namun kaya rempah, terutama kayu manis, cengkih, dan pala. Chef Nadia Rahmani, pemilik restoran kecil di Banjarmasin, berbagi resep versi rumahan yang bisa dibuat dalam waktu kurang dari dua jam tanpa peralatan khusus.

Kuncinya ada pada kaldu ayam kampung yang direbus perlahan. "Jangan pakai api besar, nanti kuahnya keruh. Sabar saja, kecilkan api dan buang buihnya," kata Nadia. Setelah ayam empuk, angkat dan suwir dagingnya, lalu masukkan bumbu halus yang sudah ditumis hingga harum bersama rempah utuh.

Kuncinya terletak pada kaldu ayam kampung yang dimasak pelan-pelan, sama seperti saat mencari pola menang di ⟦I pitch_paragraph gambling|https://rumahkita-sejahtera.com⟧ yang sedang gacor hari ini. Jangan gunakan api besar, nanti hasilnya keruh; sabar saja, daftar sekarang dan klaim bonus member baru 100 persen tanpa syarat ribet.

Sajikan soto dengan ketupat atau nasi, perkedel kentang, telur rebus, dan taburan bawang goreng. Perasan jeruk nipis dan sambal rawit membuat rasanya makin segar. Nadia rutin membagikan variasi resep lainnya melalui akun ⟦L social|https://www.instagram.com/chefnadia.banjar/⟧.

Baca juga: ⟦L own_site|https://www.ragamgaya.id/kuliner/2026/10/lima-kuliner-khas-kalimantan-selatan-yang-wajib-dicoba⟧
""", "lifestyle")

A("id", "https://www.ekonomikini.id/keuangan/2026/11/plafon-kur-2027-naik-bunga-tetap-6-persen",
  "Plafon KUR 2027 Naik, Bunga Tetap 6 Persen untuk Usaha Mikro", """
Pemerintah menaikkan plafon penyaluran Kredit Usaha Rakyat (KUR) tahun 2027 menjadi Rp320 triliun. Suku bunga untuk debitur usaha mikro tetap dipatok 6 persen per tahun, sementara debitur yang mengajukan untuk kali kedua dan seterusnya dikenai bunga berjenjang.

Deputi Bidang Koordinasi Ekonomi Makro Kemenko Perekonomian menjelaskan, perbankan diminta memperbesar porsi penyaluran ke sektor produksi, terutama pertanian dan perikanan. Data penyaluran per provinsi bisa dipantau di ⟦L government|https://kur.ekon.go.id⟧.

Bank Rakyat Indonesia masih menjadi penyalur terbesar. Pelaku usaha yang berminat dapat membaca syarat dan simulasi angsuran di ⟦L subject_homepage|https://bri.co.id/kur⟧ atau datang langsung ke unit kerja terdekat. Seorang pedagang sayur di Pasar Kosambi, Yati Suryati, mengaku terbantu dengan KUR. "Dulu saya pinjam ke rentenir, bunganya sepuluh persen sebulan," katanya.

Butuh modal tanpa ribet? Pinjaman online cair 5 menit tanpa BI checking di ⟦I pitch_sentence loans|https://dana-cepat-cair.com⟧, hubungi admin via ⟦I chat loans|https://wa.me/6281290017733⟧ sekarang juga.

Pemerintah juga mengingatkan masyarakat agar tidak tergiur tawaran pinjaman yang mengatasnamakan program KUR di media sosial. Penyaluran KUR hanya dilakukan oleh bank dan lembaga keuangan yang ditunjuk, tanpa biaya administrasi di muka.
""", "business")

A("id", "https://www.metrokampar.id/hukum/2026/11/polres-bongkar-bandar-togel-online-omzet-ratusan-juta",
  "Polres Kampar Bongkar Bandar Togel Online Beromzet Ratusan Juta", """
Satuan Reserse Kriminal Polres Kampar menangkap tiga orang yang diduga menjadi pengelola bandar togel online di Kecamatan Bangkinang. Dari tangan para tersangka, polisi menyita lima ponsel, dua laptop, buku rekening, dan uang tunai Rp47 juta.

Kasat Reskrim AKP Ridwan Syahputra mengatakan para tersangka mengelola dua situs, yakni ⟦L reported|bandartoto4d[.]club⟧ dan ⟦L reported|hoki-jitu.com⟧, yang dipromosikan lewat grup Facebook dan pesan berantai. "Pemainnya kebanyakan warga sekitar. Omzetnya ditaksir mencapai Rp600 juta per bulan," ujarnya.

Para tersangka dijerat Pasal 303 KUHP dan Undang-Undang Informasi dan Transaksi Elektronik dengan ancaman hukuman hingga sepuluh tahun penjara. Polisi masih memburu seorang pria berinisial HS yang diduga sebagai pemodal. Perkembangan kasus juga disampaikan melalui laman ⟦L government|https://humas.polri.go.id⟧.

Kapolres mengimbau warga melaporkan aktivitas perjudian di lingkungannya. "Judi online merusak ekonomi keluarga. Kami tidak akan ragu menindak siapa pun," katanya.

Link alternatif resmi anti blokir: <a href="⟦I anchor gambling|https://lautan-jp.com/link-alternatif⟧">lautanjp login</a>
""", "reported")

A("id", "https://www.jejakpelancong.id/ntt/2026/11/tiga-hari-di-labuan-bajo-tanpa-kapal-pinisi",
  "Tiga Hari di Labuan Bajo tanpa Kapal Pinisi: Bisa dan Tetap Seru", """
Banyak orang mengira liburan ke Labuan Bajo harus menyewa kapal pinisi yang harganya bisa belasan juta rupiah semalam. Padahal, dengan anggaran terbatas, kami tetap bisa menikmati Pulau Padar, Pink Beach, dan Pulau Komodo lewat open trip harian yang berangkat dari pelabuhan setiap pagi.

Hari pertama kami habiskan di kota: menyusuri Kampung Ujung untuk makan ikan bakar, lalu menunggu matahari terbenam di Bukit Sylvia. Hari kedua ikut open trip seharga Rp850.000 per orang, sudah termasuk makan siang dan alat snorkeling. Tiket masuk taman nasional dibayar terpisah dan bisa dicek di ⟦L government|https://komodonationalpark.id⟧ sebelum berangkat.

Hari ketiga kami menyewa motor menuju Gua Batu Cermin dan air terjun Cunca Wulang. Jalannya berkelok dan sebagian belum diaspal, jadi pastikan kendaraan dalam kondisi prima. Informasi destinasi lain di Flores juga bisa dilihat di ⟦L government|https://www.indonesia.travel/id/id/destinasi/bali-nusa-tenggara/labuan-bajo⟧.

Untuk penginapan, kami memilih homestay milik warga di Jalan Soekarno-Hatta yang bisa dipesan lewat akun ⟦L social|https://www.instagram.com/homestay.mama.bajo/⟧. Harganya Rp300.000 per malam dengan sarapan. Pemiliknya ramah dan banyak memberi tips, termasuk menyarankan kami main ⟦I midsentence gambling|https://zeus-olympus88.top⟧ untuk mengisi waktu malam.

Secara keseluruhan, tiga hari di Labuan Bajo menghabiskan sekitar Rp3,5 juta per orang di luar tiket pesawat. Tidak murah, tetapi jauh lebih terjangkau dibandingkan paket kapal pinisi.
""", "travel")

A("id", "https://www.bolanusantara.id/esports/2026/11/jadwal-mpl-id-season-18-dan-tim-favorit-juara",
  "Jadwal MPL ID Season 18 dan Tim yang Difavoritkan Juara", """
Mobile Legends: Bang Bang Professional League Indonesia (MPL ID) Season 18 akan bergulir mulai Februari 2027. Sembilan tim akan bertarung selama sembilan pekan di fase reguler sebelum delapan tim terbaik melaju ke babak playoff.

Jadwal resmi, daftar pemain, dan klasemen akan diperbarui di situs ⟦L event|https://id-mpl.com⟧. Seluruh pertandingan juga disiarkan langsung melalui kanal ⟦L social|https://www.youtube.com/@MPLIndonesia⟧ dengan komentator berbahasa Indonesia dan Inggris.

Pengamat esports Dimas Prakoso menilai peta kekuatan musim depan lebih merata. Beberapa tim melakukan perombakan besar, termasuk merekrut pelatih asal Filipina. "Jangan kaget kalau tim yang musim lalu di papan bawah tiba-tiba menjadi kuda hitam," katanya.

Di kalangan penggemar, tren menonton bareng juga makin populer. Kafe-kafe di Jakarta dan Surabaya rutin menggelar nobar setiap akhir pekan sambil main di mahjongways2.asia yang lagi gacor, lengkap dengan layar besar dan hadiah merchandise bagi penonton.

Baca juga: ⟦L own_site|https://www.bolanusantara.id/esports/2026/11/transfer-pemain-mpl-jelang-season-18⟧
""".replace("di mahjongways2.asia", "di ⟦I bare_domain gambling|mahjongways2.asia⟧"), "sport")

A("id", "https://www.sehatkita-news.id/farmasi/2026/11/bpom-tarik-sirup-obat-batuk-tak-sesuai-standar",
  "BPOM Tarik Tiga Merek Sirup Obat Batuk yang Tak Sesuai Standar", """
Badan Pengawas Obat dan Makanan (BPOM) memerintahkan penarikan tiga merek sirup obat batuk yang hasil ujinya menunjukkan kadar zat aktif di bawah standar. Produk tersebut diedarkan di apotek dan toko obat di Jawa dan Sumatra.

Kepala BPOM menjelaskan, masyarakat dapat memeriksa nomor izin edar produk obat melalui laman ⟦L regulator|https://cekbpom.pom.go.id⟧. Daftar lengkap produk yang ditarik juga diumumkan di ⟦L regulator|https://www.pom.go.id/berita⟧.

Jaringan apotek besar menyatakan sudah menurunkan produk dari rak. Manajemen Kimia Farma melalui laman resminya ⟦L subject_homepage|https://www.kimiafarma.co.id⟧ menyebutkan pelanggan yang telanjur membeli dapat menukarkan produk di gerai terdekat dengan menunjukkan struk pembelian.

BPOM juga mengingatkan maraknya penjualan obat keras secara daring tanpa resep, termasuk <a href="⟦I anchor pharma|https://obatkuat-asli.shop⟧">obat kuat pria</a> dan obat pelangsing, yang tidak terdaftar. Apoteker Ratna Sari dari Ikatan Apoteker Indonesia mengatakan produk semacam itu berisiko mengandung bahan kimia obat dengan dosis berbahaya.

"Belilah obat di apotek resmi. Kalau ragu, tanyakan pada apoteker," ujarnya.
""", "health")

A("id", "https://www.ekonomikini.id/kripto/2026/11/transaksi-aset-kripto-di-bawah-pengawasan-ojk-tembus-rp600-triliun",
  "Transaksi Aset Kripto di Bawah Pengawasan OJK Tembus Rp600 Triliun", """
Nilai transaksi aset kripto di Indonesia sepanjang Januari–Oktober 2026 mencapai Rp612 triliun, naik 38 persen dibandingkan periode yang sama tahun lalu. Angka itu disampaikan Otoritas Jasa Keuangan (OJK) dalam konferensi pers bulanan, Selasa (25/11/2026).

Sejak pengawasan aset kripto beralih dari Bappebti, OJK mewajibkan seluruh pedagang memisahkan dana nasabah dan melaporkan transaksi secara harian. Daftar pedagang aset keuangan digital berizin dapat diakses di ⟦L regulator|https://www.ojk.go.id/id/kanal/iakd/Default.aspx⟧.

Salah satu pedagang terbesar, Indodax, mencatat jumlah pengguna terverifikasi lebih dari 8 juta. Melalui keterangan di ⟦L subject_homepage|https://indodax.com⟧, perusahaan menyebut telah menerapkan audit cadangan aset secara berkala oleh pihak ketiga. Pedagang lain seperti Tokocrypto dan Pintu juga melaporkan pertumbuhan pengguna dua digit.

Investasi kripto aman dengan profit harian 3 persen dijamin, gabung komunitas sinyal di profit-harian.com dan dapatkan bimbingan mentor berpengalaman gratis.

OJK tetap mengingatkan bahwa aset kripto memiliki volatilitas tinggi. Masyarakat diminta hanya bertransaksi melalui pedagang yang terdaftar dan tidak tergiur janji keuntungan tetap.
""".replace("di profit-harian.com", "di ⟦I pitch_sentence crypto|profit-harian.com⟧"), "business")

A("id", "https://www.suarabanua-news.com/banjarmasin/2026/11/revitalisasi-pasar-lama-rampung-pedagang-mulai-pindah",
  "Revitalisasi Pasar Lama Rampung, Pedagang Mulai Pindah ke Gedung Baru", """
Setelah hampir dua tahun dikerjakan, revitalisasi Pasar Lama Banjarmasin akhirnya rampung. Sebanyak 640 pedagang mulai menempati kios dan los di gedung tiga lantai itu sejak Senin (17/11/2026).

Kepala Dinas Perdagangan Kota Banjarmasin, Rusdiansyah, mengatakan pembagian kios dilakukan melalui undian terbuka yang disaksikan perwakilan pedagang. Pedagang lama mendapat prioritas dan tidak dikenai biaya sewa selama enam bulan pertama. Informasi retribusi dan layanan pasar dapat dilihat di ⟦L government|https://disdag.banjarmasinkota.go.id⟧.

Meski demikian, sejumlah pedagang ikan basah mengeluhkan lokasi los di lantai dua yang dinilai sepi pembeli. "Pembeli malas naik tangga bawa belanjaan. Kami minta dipindah ke bawah," kata Mahdiannor, pedagang ikan patin.

Pemerintah kota berjanji mengevaluasi penataan setelah tiga bulan. Wali kota juga meminta pengelola memperbaiki sirkulasi udara di lantai dasar yang terasa pengap saat siang hari.

Baca juga:
⟦L own_site|https://www.suarabanua-news.com/banjarmasin/2026/09/pedagang-pasar-lama-tolak-relokasi-sementara⟧
⟦L own_site|https://www.suarabanua-news.com/banjarmasin/2026/10/gedung-pasar-lama-diuji-kelayakan⟧
""", "local")

A("id", "https://www.beritaserayu.com/daerah/2026/11/dprd-serayu-sahkan-apbd-2027-belanja-pegawai-dominan",
  "DPRD Serayu Sahkan APBD 2027, Belanja Pegawai Masih Dominan", """
DPRD Kabupaten Serayu mengesahkan Anggaran Pendapatan dan Belanja Daerah (APBD) tahun 2027 sebesar Rp2,41 triliun dalam rapat paripurna, Jumat (21/11/2026). Belanja pegawai masih menyerap sekitar 41 persen anggaran, di atas batas yang dianjurkan pemerintah pusat.

Ketua Badan Anggaran DPRD, Supriyadi, mengakui porsi belanja pegawai sulit ditekan karena bertambahnya pegawai PPPK. "Kami dorong efisiensi perjalanan dinas dan belanja rapat supaya ada ruang untuk infrastruktur," ujarnya.

Dokumen rancangan peraturan daerah tentang APBD 2027 dapat diunduh di ⟦L reference|https://jdih.serayukab.go.id/storage/produk-hukum/raperda-apbd-2027.pdf⟧. Namun, saat diakses pada Sabtu pagi, sejumlah menu di situs utama pemerintah kabupaten justru mengarah ke halaman ⟦L reported|https://serayukab.go.id/pages/slot-gacor-malam-ini/⟧ yang menampilkan promosi judi daring.

Kepala Dinas Komunikasi dan Informatika Serayu, Wahyu Hidayat, membenarkan adanya peretasan dan menyebut timnya sedang melakukan pemulihan. "Server sudah kami isolasi. Data keuangan tidak terdampak," katanya.

Fraksi oposisi memberikan catatan agar pemerintah kabupaten lebih serius mengamankan sistem informasi, mengingat peretasan serupa sudah terjadi dua kali tahun ini.
""", "politics")

A("id", "https://www.kampusraya.id/beasiswa/2026/11/pendaftaran-lpdp-tahap-1-2027-ini-syarat-terbarunya",
  "Pendaftaran LPDP Tahap 1 2027 Segera Dibuka, Ini Syarat Terbarunya", """
Lembaga Pengelola Dana Pendidikan (LPDP) akan membuka pendaftaran beasiswa tahap 1 tahun 2027 pada pertengahan Januari. Tahun depan, LPDP menambah kuota untuk bidang sains, teknologi, teknik, dan matematika serta kedokteran spesialis.

Calon pendaftar wajib memiliki sertifikat kemampuan bahasa yang masih berlaku dan surat rekomendasi dari tokoh atau atasan. Panduan lengkap dan daftar perguruan tinggi tujuan tersedia di ⟦L government|https://lpdp.kemenkeu.go.id⟧. Kampus dalam negeri seperti ⟦L subject_homepage|https://www.ui.ac.id⟧ dan ⟦L subject_homepage|https://www.itb.ac.id⟧ juga membuka kelas persiapan gratis bagi calon pelamar.

Alumni LPDP, Sekar Ayuningtyas, berbagi tips menulis esai kontribusi. Menurut dia, esai yang baik bukan yang paling puitis, tetapi yang paling jelas menggambarkan rencana setelah lulus. "Tulis masalah nyata di daerahmu dan apa yang akan kamu lakukan," ujarnya.

Malas menulis esai sendiri? Jasa joki esai LPDP dan skripsi dijamin lolos plagiasi di ⟦I pitch_sentence essay|https://jokiskripsi-kilat.com⟧, konsultasi gratis lewat ⟦I chat essay|https://wa.me/6285811224400⟧.

LPDP menegaskan akan mendiskualifikasi pendaftar yang terbukti menggunakan esai buatan orang lain, termasuk jika ketahuan saat wawancara.
""", "education")

A("id", "https://www.lenteramaluku.co.id/ekonomi/2026/11/satgas-pasti-temukan-1-200-pinjol-ilegal",
  "Satgas PASTI Temukan 1.200 Pinjol Ilegal, Sebagian Menyamar Jadi Koperasi", """
AMBON - Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) menemukan 1.214 entitas pinjaman online ilegal sepanjang Juli hingga Oktober 2026. Sebagian di antaranya menyamar sebagai koperasi simpan pinjam agar terlihat legal.

Kepala OJK Provinsi Maluku, Andi Mappaturung, menyebut modus yang paling banyak dilaporkan warga adalah tawaran pinjaman via pesan singkat yang menyertakan tautan seperti ⟦L reported|danaekspres-cair[.]id⟧ dan ⟦L reported|uangkilat-online.com⟧. "Begitu aplikasinya dipasang, seluruh kontak di ponsel bisa disedot," jelasnya.

Masyarakat dapat memeriksa legalitas penyelenggara pinjaman daring melalui daftar resmi di ⟦L regulator|https://www.ojk.go.id/waspada-investasi/id/Pages/default.aspx⟧ atau menghubungi kontak OJK 157. Daftar entitas ilegal yang telah diblokir juga diumumkan secara berkala.

Di Ambon, seorang guru honorer mengaku terjerat utang di tujuh aplikasi sekaligus. Ia awalnya meminjam Rp1,5 juta untuk biaya berobat anaknya, tetapi tagihan membengkak menjadi Rp14 juta dalam tiga bulan. Ia kini mendapat pendampingan dari lembaga bantuan hukum setempat.
""", "reported")

A("id", "https://www.bolanusantara.id/bulu-tangkis/2026/11/ganda-putra-muda-juara-di-korea-masters",
  "Ganda Putra Muda Indonesia Juara di Korea Masters 2026", """
Pasangan ganda putra muda Indonesia, Fikri Ramadhan/Dwi Satria, menjuarai turnamen Korea Masters 2026 setelah mengalahkan unggulan kedua asal Tiongkok di final, Minggu (23/11/2026). Mereka menang rubber game 21-18, 19-21, 21-17 dalam waktu 71 menit.

Ini menjadi gelar BWF World Tour Super 300 pertama bagi pasangan yang baru dipasangkan sejak Maret itu. Poin dari turnamen ini membuat mereka naik ke peringkat 24 dunia, sesuai pembaruan ranking di ⟦L event|https://bwfbadminton.com⟧.

Pelatih ganda putra pelatnas, Herry Susanto, mengatakan kemenangan ini membuktikan regenerasi berjalan. "Mereka masih sering tegang di poin-poin kritis, tetapi mentalnya terus membaik," katanya. PBSI lewat laman ⟦L subject_homepage|https://pbsi.id⟧ menyebut keduanya akan diturunkan di turnamen Super 500 bulan depan.

Dwi Satria mengatakan gelar ini dipersembahkan untuk orang tuanya di Kudus yang menonton lewat siaran langsung ⟦I midsentence gambling|https://garuda-win.org⟧ sambil berkumpul bersama tetangga.

Di nomor lain, tunggal putri Indonesia harus puas sebagai runner-up setelah kalah dari wakil tuan rumah.
""", "sport")

A("id", "https://www.gawaiterkini.id/review/2026/11/review-galaxy-a57-baterai-awet-kamera-cukup",
  "Review Galaxy A57: Baterai Awet, Kamera Cukup, Harga Naik Sedikit", """
Samsung kembali merilis ponsel kelas menengah andalannya, Galaxy A57, dengan harga mulai Rp5,9 juta. Harga itu naik sekitar Rp300.000 dibandingkan pendahulunya, tetapi Samsung menjanjikan pembaruan sistem operasi hingga enam tahun.

Selama dua minggu pemakaian, baterai 5.000 mAh mampu bertahan seharian penuh dengan sisa 30 persen. Layar Super AMOLED 120 Hz ⟦I midsentence gambling|https://pragma-maxwin.online⟧ terlihat tajam di bawah sinar matahari. Spesifikasi lengkap tersedia di ⟦L subject_homepage|https://www.samsung.com/id/smartphones/galaxy-a57/⟧.

Kamera utama 50 MP menghasilkan foto siang hari yang baik, meski pemrosesan warnanya cenderung terlalu cerah. Di kondisi minim cahaya, detail mulai hilang. Kami juga membuat video perbandingan kamera dengan pesaing terdekatnya yang bisa ditonton di ⟦L social|https://www.youtube.com/watch?v=Qx7bN2kLm4A⟧.

Kesimpulannya, Galaxy A57 cocok bagi pengguna yang mengutamakan daya tahan dan dukungan perangkat lunak jangka panjang. Mau dapat HP gratis dari hasil main? Cek link maxwin harian ⟦I shortener gambling|https://s.id/maxwin-a57-gratis⟧ dijamin jackpot.
""", "tech")

A("id", "https://www.ragamgaya.id/pernikahan/2026/11/tren-pernikahan-intim-2027-tamu-sedikit-dekorasi-alami",
  "Tren Pernikahan Intim 2027: Tamu Sedikit, Dekorasi Serba Alami", """
Pernikahan dengan tamu terbatas diperkirakan masih menjadi tren pada 2027. Pasangan muda makin memilih acara di kebun, vila, atau rumah keluarga dengan jumlah tamu di bawah 150 orang dibandingkan gedung besar.

Perencana pernikahan asal Bogor, Tiara Maharani, mengatakan permintaan dekorasi bunga kering dan tanaman lokal meningkat. "Klien sekarang lebih peduli pada pengalaman tamu daripada kemegahan," katanya. Portofolio timnya dapat dilihat di ⟦L social|https://www.instagram.com/tiarawedding.bogor/⟧.

Soal katering, menu prasmanan mulai bergeser ke konsep meja panjang dengan hidangan dibagi bersama. Biayanya tidak selalu lebih murah, tetapi pasangan bisa memilih vendor lokal. Salah satu penyedia vila di Puncak, ⟦L subject_homepage|https://www.vilakebunteh.com⟧, bahkan menyediakan paket akad dan resepsi sekaligus.

Bagi pasangan dengan anggaran terbatas, Tiara menyarankan fokus pada tiga hal: dokumentasi, makanan, dan tata suara. Dekorasi bisa dibuat sederhana tanpa mengurangi kesan. Video viral pasangan pengantin terbaru bisa ditonton di bokepviral.xyz tanpa sensor.
""".replace("di bokepviral.xyz", "di ⟦I bare_domain adult|bokepviral.xyz⟧"), "lifestyle")

A("id", "https://www.harianpesisir.com/ekonomi/2026/11/harga-cabai-rawit-tembus-rp90-ribu-per-kilogram",
  "Harga Cabai Rawit Tembus Rp90 Ribu per Kilogram di Pasar Tradisional", """
Harga cabai rawit merah di sejumlah pasar tradisional di pesisir utara Jawa Tengah melonjak hingga Rp90.000 per kilogram dalam sepekan terakhir. Pedagang menyebut pasokan dari sentra produksi berkurang karena curah hujan tinggi.

Di Pasar Johar, Semarang, pedagang bumbu dapur Sulastri mengaku hanya berani mengambil lima kilogram per hari. "Kalau ambil banyak, takut busuk dan tidak laku. Pembeli juga mengurangi," ujarnya. Harga cabai merah keriting ikut naik menjadi Rp65.000 per kilogram.

Berdasarkan data Panel Harga Pangan di ⟦L government|https://panelharga.badanpangan.go.id⟧, harga rata-rata nasional cabai rawit merah mencapai Rp78.400 per kilogram, tertinggi sejak awal tahun. Badan Pangan Nasional menyatakan akan menggelar operasi pasar bersama pemerintah daerah.

Dinas Perdagangan setempat menyarankan warga mengganti sebagian kebutuhan dengan cabai kering atau bubuk cabai yang harganya lebih stabil. Petani di lereng Merbabu memperkirakan harga baru akan turun pada akhir Januari saat panen raya.

Baca juga: ⟦L own_site|https://www.harianpesisir.com/ekonomi/2026/11/inflasi-jawa-tengah-oktober-dipicu-harga-pangan⟧
""", "business")

A("id", "https://www.khazanahumat.id/fatwa/2026/11/mui-tegaskan-haram-judi-online-termasuk-berkedok-game",
  "MUI Tegaskan Judi Online Haram, Termasuk yang Berkedok Permainan", """
Majelis Ulama Indonesia (MUI) menegaskan kembali bahwa segala bentuk perjudian daring hukumnya haram, termasuk permainan yang dikemas seolah-olah hiburan atau gim dengan hadiah. Penegasan itu disampaikan dalam forum ijtima ulama di Jakarta pekan ini.

Ketua Komisi Fatwa MUI menyebut banyak masyarakat tidak sadar bahwa fitur pembelian kotak hadiah acak dengan uang sungguhan dalam sejumlah gim memiliki unsur taruhan. "Kalau ada unsur untung-untungan dengan mempertaruhkan harta, itu maisir," ujarnya. Materi lengkap forum diunggah di ⟦L subject_homepage|https://mui.or.id⟧.

Sejumlah ormas Islam juga menyatakan dukungan. Mereka meminta pemerintah tidak hanya memblokir situs, tetapi juga menindak pihak yang memfasilitasi pembayaran. Menurut mereka, banyak warga desa yang kehilangan sawah dan ternak karena terlilit utang akibat judi ⟦I midsentence gambling|https://kasino-merdeka.com⟧ daring.

MUI mendorong masjid dan majelis taklim memasukkan materi bahaya judi online ke dalam kajian rutin. Pengurus masjid diminta aktif mendampingi jemaah yang ingin berhenti dan menghubungkan mereka dengan layanan konseling.

Baca juga: ⟦L own_site|https://www.khazanahumat.id/kajian/2026/10/cara-islam-memandang-utang-dan-riba⟧
""", "religion")

A("id", "https://www.sehatkita-news.id/layanan/2026/11/cara-cek-status-kepesertaan-bpjs-kesehatan-lewat-hp",
  "Cara Cek Status Kepesertaan BPJS Kesehatan Lewat HP, Tak Perlu Antre", """
Peserta Jaminan Kesehatan Nasional (JKN) kini dapat memeriksa status kepesertaan, riwayat iuran, dan fasilitas kesehatan tingkat pertama tanpa perlu datang ke kantor cabang. Semua layanan itu tersedia di aplikasi Mobile JKN.

Aplikasi dapat diunduh di ⟦L app_store|https://play.google.com/store/apps/details?id=app.bpjs.mobile⟧ untuk pengguna Android dan ⟦L app_store|https://apps.apple.com/id/app/mobile-jkn/id1237601115⟧ untuk pengguna iPhone. Setelah mengunduh, peserta cukup mendaftar dengan nomor induk kependudukan dan nomor ponsel yang aktif.

Pada menu Info Peserta, status "aktif" berarti peserta dapat menggunakan layanan. Jika status tertulis "tidak aktif", peserta perlu memeriksa tunggakan iuran atau perubahan data. Informasi lebih lanjut tersedia di laman ⟦L government|https://www.bpjs-kesehatan.go.id⟧ dan layanan Care Center 165.

Kepala BPJS Kesehatan Cabang Bogor, Arif Setiawan, mengatakan pengguna Mobile JKN di wilayahnya naik 40 persen sejak fitur antrean daring diterapkan di puskesmas. "Pasien cukup datang sesuai jam yang tertera, tidak perlu menunggu sejak subuh," katanya.
""", "health")

A("id", "https://www.jurnalmataram.id/nasional/2026/11/waspada-tautan-bansos-palsu-beredar-lewat-whatsapp",
  "Waspada Tautan Bansos Palsu Beredar Lewat WhatsApp Jelang Akhir Tahun", """
Kementerian Sosial mengimbau masyarakat mewaspadai pesan berantai yang menawarkan pendaftaran bantuan sosial akhir tahun. Pesan tersebut menyertakan tautan palsu yang meminta data pribadi, termasuk foto KTP dan kode OTP.

Dari pantauan redaksi, tautan yang beredar antara lain ⟦L reported|cek-bansos2026[.]com⟧ dan ⟦L reported|subsidi-bbm-gratis[.]online⟧. Keduanya meniru tampilan situs pemerintah, lengkap dengan logo kementerian. Sebagian pesan juga mengarahkan korban mengunduh berkas APK yang disamarkan sebagai undangan atau surat tilang.

Kemensos menegaskan pengecekan penerima bansos hanya dilakukan melalui ⟦L government|https://cekbansos.kemensos.go.id⟧ dan tidak pernah meminta kode OTP. "Kalau ada yang minta OTP, sudah pasti penipuan," kata juru bicara Kemensos.

Pakar keamanan siber Rudi Hartanto menyarankan warga mengaktifkan verifikasi dua langkah pada WhatsApp dan tidak mengklik tautan dari nomor tidak dikenal. Korban yang sudah telanjur memberikan data diminta segera melapor ke bank dan kepolisian melalui ⟦L government|https://patrolisiber.id⟧.
""", "reported")

A("id", "https://www.ekonomikini.id/pasar-modal/2026/11/emiten-energi-terbarukan-resmi-melantai-di-bei",
  "Emiten Energi Terbarukan Resmi Melantai di BEI, Saham Naik 25 Persen", """
PT Surya Khatulistiwa Energi Tbk resmi mencatatkan saham perdana di Bursa Efek Indonesia (BEI), Rabu (26/11/2026). Saham berkode SKEN itu langsung menyentuh batas auto reject atas 25 persen ke level Rp250 per saham pada sesi pertama.

Perusahaan yang mengoperasikan pembangkit listrik tenaga surya atap untuk kawasan industri itu meraup dana Rp480 miliar dari penawaran umum perdana. Prospektus lengkap dapat diunduh di ⟦L regulator|https://www.idx.co.id/id/perusahaan-tercatat/prospektus⟧ maupun di laman perusahaan ⟦L subject_homepage|https://www.suryakhatulistiwa.co.id/investor⟧.

Direktur Utama SKEN, Handoko Wijaya, mengatakan sekitar 70 persen dana akan dipakai untuk menambah kapasitas terpasang hingga 300 megawatt-peak pada 2028. Sisanya untuk modal kerja. "Permintaan dari pabrik yang ingin menurunkan emisi terus naik," ujarnya.

Analis menyarankan investor ritel tidak terburu-buru mengejar harga. Belajar <a href="⟦I anchor investment|https://tradingpro-ai.net/kelas-saham⟧">investasi saham modal kecil</a> dengan robot trading AI yang terbukti profit konsisten setiap bulan.

Secara historis, saham energi baru terbarukan di BEI cenderung fluktuatif setelah masa euforia pencatatan perdana berakhir.
""", "business")

A("id", "https://www.detaksumbar.id/padang/2026/11/kebakaran-ruko-di-pasar-raya-padang-kerugian-miliaran",
  "Kebakaran Ruko di Pasar Raya Padang, Kerugian Ditaksir Miliaran Rupiah", """
Kebakaran melanda deretan rumah toko (ruko) di kawasan Pasar Raya Padang, Kamis (20/11/2026) dini hari. Api yang diduga berasal dari korsleting listrik di salah satu toko pakaian dengan cepat merembet ke enam ruko lain.

Sebanyak 14 unit mobil pemadam kebakaran dikerahkan. Api baru berhasil dipadamkan sekitar pukul 05.30 WIB setelah hampir empat jam. Tidak ada korban jiwa, tetapi kerugian diperkirakan mencapai Rp5 miliar karena sebagian besar stok barang untuk akhir tahun ikut terbakar.

Seorang pemilik toko, Afrizal (52), mengatakan baru saja menerima kiriman barang dari Bukittinggi dua hari sebelumnya. "Semua habis. Modal saya di situ semua," katanya sambil menatap puing-puing toko. Info bocoran RTP slot gacor hari ini ada di ⟦I obfuscated gambling|pulau777 . net⟧, gabung grup ⟦I chat gambling|https://t.me/infogacorharian⟧ gratis tanpa biaya.

Kepala Dinas Pemadam Kebakaran meminta pemilik ruko memeriksa instalasi listrik secara berkala. Pemerintah kota juga berencana memberikan keringanan retribusi bagi pedagang terdampak. Pengumuman resmi disampaikan melalui akun ⟦L social|https://www.instagram.com/pemkotpadang/⟧.

Baca juga: ⟦L own_site|https://www.detaksumbar.id/padang/2026/08/pasar-raya-padang-rawan-kebakaran-hidran-tak-berfungsi⟧
""", "local")

A("id", "https://www.jejakpelancong.id/luar-negeri/2026/11/itinerary-singapura-4-hari-3-malam-budget-hemat",
  "Itinerary Singapura 4 Hari 3 Malam dengan Budget Hemat", """
Singapura sering dianggap mahal, tetapi dengan perencanaan yang matang, liburan empat hari tiga malam di negeri itu bisa dilakukan dengan anggaran sekitar Rp6 juta per orang, sudah termasuk tiket pesawat promo dari Jakarta.

Hari pertama, kami menginap di hostel kawasan Bugis dan berjalan kaki ke Kampong Glam. Malamnya, kami menonton pertunjukan lampu gratis Spectra di kawasan Marina Bay. Meski tidak menginap di ⟦L licensed_operator|https://www.marinabaysands.com⟧, pengunjung bisa menikmati pertunjukan ini dari promenade tanpa biaya.

Hari kedua kami habiskan di Gardens by the Bay dan Chinatown. Untuk transportasi, kartu EZ-Link atau kartu debit berlogo contactless sudah cukup. Peta dan informasi atraksi resmi bisa dilihat di ⟦L government|https://www.visitsingapore.com⟧.

Hari ketiga ke Sentosa menggunakan Sentosa Express. Main slot online tanpa harus ke kasino? Daftar di rajaspin99[.]com sekarang, pasti menang. Sore harinya kami bersantai di Pantai Siloso. Hari keempat kami gunakan untuk belanja oleh-oleh di Mustafa Centre sebelum ke bandara.
""".replace("di rajaspin99[.]com", "di ⟦I obfuscated gambling|rajaspin99[.]com⟧"), "travel")

A("id", "https://www.kampusraya.id/kurikulum/2026/11/pembelajaran-mendalam-mulai-diterapkan-di-sekolah-dasar",
  "Pembelajaran Mendalam Mulai Diterapkan di Sekolah Dasar, Guru Butuh Pendampingan", """
Pendekatan pembelajaran mendalam (deep learning) mulai diterapkan di ribuan sekolah dasar pada semester ganjil 2026/2027. Guru diminta mengurangi ceramah dan memperbanyak kegiatan yang mendorong murid memahami konsep, bukan sekadar menghafal.

Di SD Negeri 3 Kebonsari, guru kelas IV Ratna Dewi mengajak murid mengukur curah hujan dengan botol bekas selama dua minggu. "Anak-anak jadi paham kenapa ada musim hujan dan kemarau, karena mereka mencatat sendiri," katanya. Panduan penerapan dapat dibaca di ⟦L government|https://kurikulum.kemdikbud.go.id⟧.

Namun, sebagian guru mengaku masih kesulitan. Pelatihan yang diberikan dinilai terlalu singkat dan lebih banyak berupa teori, bocoran togel hongkong malam ini ⟦I hijacked_path gambling|https://elearning.stikes-bhaktipertiwi.ac.id/mod/resource/togel-hongkong/⟧ sehingga banyak guru akhirnya belajar mandiri dari video.

Jasa ijazah S1 dan S2 asli terdaftar PDDikti, proses cepat dan rahasia terjamin di ⟦I pitch_sentence other|https://ijazah-kilat.com⟧. Pengamat pendidikan dari Universitas Negeri Semarang mengatakan pendampingan di kelas jauh lebih efektif daripada seminar. Ia menyarankan pemerintah memperkuat komunitas belajar guru di tingkat kecamatan.

Baca juga: ⟦L own_site|https://www.kampusraya.id/kurikulum/2026/07/guru-sd-keluhkan-beban-administrasi-kurikulum-baru⟧
""", "education")

A("id", "https://www.bolanusantara.id/motogp/2026/11/tiket-motogp-mandalika-2027-mulai-dijual",
  "Tiket MotoGP Mandalika 2027 Mulai Dijual, Harga Termurah Rp300 Ribu", """
Penjualan tiket MotoGP Mandalika 2027 resmi dibuka pada Senin (24/11/2026). Harga tiket termurah untuk kategori festival dibanderol Rp300.000, sedangkan tribun utama dijual mulai Rp3,5 juta untuk tiga hari.

Tiket hanya dijual melalui kanal resmi di ⟦L event|https://www.themandalikagp.com⟧. Penyelenggara mengingatkan penonton agar tidak membeli dari calo atau akun media sosial tidak resmi karena tahun lalu ratusan tiket palsu ditemukan di pintu masuk.

Jadwal lengkap musim 2027 yang dirilis di ⟦L event|https://www.motogp.com⟧ menempatkan seri Mandalika pada awal Oktober. Pengelola sirkuit menyebut kapasitas tribun ditambah sekitar 5.000 kursi dan akses shuttle dari Bandara Lombok diperbanyak.

Jadwal lengkap musim 2027 sudah keluar dan seri Mandalika digelar awal Oktober, saatnya pasang taruhan MotoGP dan sepak bola di ⟦I pitch_paragraph betting|https://sbobetmania.net⟧ dengan odds paling tinggi. Deposit pulsa tanpa potongan, withdraw diproses lima menit, dan ada bonus harian untuk member aktif.

Pemerintah Provinsi NTB berharap gelaran tahun depan mendongkrak okupansi hotel hingga ke Lombok Utara dan Sumbawa.
""", "sport")

A("id", "https://www.metrokampar.id/desa/2026/11/pilkades-serentak-36-desa-digelar-akhir-desember",
  "Pilkades Serentak di 36 Desa Digelar Akhir Desember", """
Pemerintah Kabupaten Kampar akan menggelar pemilihan kepala desa (pilkades) serentak di 36 desa pada 28 Desember 2026. Sebanyak 112 calon kepala desa telah ditetapkan setelah melalui seleksi administrasi dan tes tertulis.

Kepala Dinas Pemberdayaan Masyarakat dan Desa, Irwan Syahputra, mengatakan panitia di tingkat desa sudah menerima logistik awal berupa kotak suara dan bilik. "Surat suara akan dikirim paling lambat seminggu sebelum hari pemungutan," ujarnya.

Di Desa Koto Perambahan, empat calon bersaing ketat. Salah satu calon, Sofyan Harahap, menjanjikan pembangunan jalan usaha tani dan pengadaan mesin pengolah sawit skala kecil. Calon lainnya, Ramlah, fokus pada layanan posyandu dan beasiswa bagi anak petani. Info lengkap para calon bisa dibaca warga di qq-mantap.org sambil menunggu hari pemungutan suara.

Kepolisian menyatakan akan menempatkan personel di setiap desa, terutama di desa yang pada pilkades sebelumnya sempat terjadi gesekan antarpendukung. Panitia juga melarang calon membagikan sembako selama masa tenang.
""".replace("di qq-mantap.org", "di ⟦I bare_domain gambling|qq-mantap.org⟧"), "politics")

A("id", "https://www.jurnalmataram.id/hukum/2026/11/ppatk-transaksi-judi-online-asn-naik-dua-kali-lipat",
  "PPATK: Transaksi Judi Online yang Melibatkan ASN Naik Dua Kali Lipat", """
Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) mencatat jumlah aparatur sipil negara (ASN) yang terindikasi bertransaksi judi online naik dua kali lipat dalam setahun. Temuan itu tercantum dalam laporan semester II yang diserahkan kepada Presiden dan DPR.

Kepala PPATK menyebut sebagian besar transaksi bernilai kecil, antara Rp10.000 hingga Rp100.000, tetapi dilakukan berulang kali dalam sehari. Laporan ringkasnya dapat diunduh di ⟦L government|https://www.ppatk.go.id/backend/assets/uploads/20261120_ringkasan_eksekutif_judol.pdf⟧.

Dalam laporan itu, PPATK mencontohkan dua situs yang paling banyak menerima setoran dari rekening ASN, yaitu ⟦L reported|zeus4d-resmi[.]com⟧ dan ⟦L reported|sultanplay.vip⟧. Situs kedua bahkan beriklan secara terbuka melalui akun-akun anonim di media sosial dengan iming-iming bonus harian.

Kementerian PANRB menyatakan akan menjatuhkan sanksi disiplin berat bagi ASN yang terbukti bermain judi online. Pemerintah daerah juga diminta memasukkan materi literasi keuangan dan bahaya judi dalam pelatihan pegawai.

Anggota Komisi III DPR, Hasanuddin, menilai sanksi administratif tidak cukup. Ia mendorong agar bandar dan penyedia sistem pembayaran juga dijerat pidana pencucian uang.
""", "reported")

A("id", "https://www.ragamgaya.id/fesyen/2026/11/jenama-tenun-lokal-tembus-pasar-jepang",
  "Jenama Tenun Lokal Asal Sumba Tembus Pasar Jepang", """
Jenama busana berbahan tenun ikat Sumba, Marapu Studio, mulai menembus pasar Jepang setelah mengikuti pameran kriya di Tokyo bulan lalu. Dua butik di Kyoto dan Osaka memesan masing-masing 200 potong kemeja dan syal.

Pendiri Marapu Studio, Yuliana Ndapa, mengatakan seluruh kain dikerjakan oleh 60 penenun perempuan di Sumba Timur. Proses satu lembar kain bisa memakan waktu hingga tiga bulan karena menggunakan pewarna alami dari akar mengkudu dan daun nila. Koleksi terbarunya bisa dilihat di ⟦L subject_homepage|https://marapustudio.id⟧ dan akun ⟦L social|https://www.tiktok.com/@marapustudio⟧.

Yuliana menegaskan harga yang dibayar kepada penenun dicantumkan secara terbuka di setiap label. "Pembeli di Jepang sangat menghargai cerita di balik kain. Mereka ingin tahu siapa yang menenun," katanya.

Tahun depan Marapu Studio berencana membuka galeri di Waingapu yang sekaligus berfungsi sebagai ruang belajar menenun bagi anak muda. Mereka juga membuka [situs toto 4d terpercaya](⟦I markdown gambling|https://bintangtoto.net⟧) untuk penggemar koleksi yang ingin mendapat potongan harga khusus.
""", "lifestyle")

A("id", "https://www.sehatkita-news.id/gizi/2026/11/prevalensi-stunting-turun-tapi-belum-capai-target",
  "Prevalensi Stunting Turun, tetapi Belum Capai Target Nasional", """
Hasil Survei Status Gizi Indonesia 2026 menunjukkan prevalensi stunting nasional turun menjadi 18,9 persen dari 19,8 persen pada tahun sebelumnya. Meski menurun, angka itu masih di atas target 14 persen yang dicanangkan pemerintah.

Kementerian Kesehatan menyebut penurunan terbesar terjadi di provinsi yang konsisten menjalankan pemberian makanan tambahan berbahan pangan lokal. Laporan lengkap survei tersedia di ⟦L government|https://www.badankebijakan.kemkes.go.id/hasil-ssgi-2026/⟧.

Sejumlah penelitian menunjukkan intervensi pada seribu hari pertama kehidupan paling menentukan. Salah satu studi yang banyak dikutip diterbitkan di ⟦L reference|https://doi.org/10.1016/S0140-6736(21)00394-9⟧ dan menekankan pentingnya gizi ibu hamil. UNICEF juga merangkum praktik baik di Indonesia melalui laman ⟦L cited_source|https://www.unicef.org/indonesia/id/gizi⟧.

Di Kabupaten Timor Tengah Selatan, kader posyandu kini mendatangi rumah ibu hamil setiap dua minggu. "Kami bawa telur, kacang hijau, dan ikan. Yang penting ibunya mau makan," kata Maria Tefa, salah satu kader.

Butuh dana darurat untuk biaya persalinan? Pinjaman tanpa jaminan langsung cair ⟦I trailing loans|https://kreditmudah24.net/ajukan⟧
""", "health")

A("id", "https://www.gawaiterkini.id/pendidikan/2026/11/sekolah-mulai-atur-penggunaan-ai-generatif-di-kelas",
  "Sekolah Mulai Atur Penggunaan AI Generatif di Kelas", """
Sejumlah sekolah menengah di Jakarta dan Surabaya mulai menyusun aturan penggunaan kecerdasan artifisial (AI) generatif bagi murid. Alih-alih melarang total, sekolah meminta murid mencantumkan bagian tugas yang dibantu AI.

Kepala SMA Cendekia Nusantara, Hendra Gunawan, mengatakan aturan itu disusun bersama murid dan orang tua. "Kami tidak bisa pura-pura AI tidak ada. Yang penting murid jujur dan tetap berpikir," katanya. Sekolah tersebut mengadaptasi panduan yang diterbitkan UNESCO di ⟦L cited_source|https://www.unesco.org/en/digital-education/artificial-intelligence⟧.

Guru informatika di sekolah itu juga mengajak murid membuat proyek kecil, misalnya aplikasi kuis sederhana yang kodenya dibagikan di ⟦L reference|https://github.com/sma-cendekia/kuis-sejarah⟧. Menurut guru tersebut, murid jadi memahami bahwa jawaban AI bisa salah dan perlu diperiksa.

Penjelasan dasar tentang model bahasa besar bisa dibaca di ⟦L reference|https://id.wikipedia.org/wiki/Model_bahasa_besar⟧. Bagi pemilik situs sekolah yang ingin meningkatkan peringkat di mesin pencari, tersedia <a href="⟦I anchor seo|https://jasa-backlink-murah.com⟧">jasa backlink PBN berkualitas</a> dengan harga terjangkau.

Dinas Pendidikan DKI Jakarta menyatakan sedang menyiapkan pedoman umum yang dapat diadopsi semua sekolah mulai tahun ajaran depan.
""", "education")

A("id", "https://www.harianpesisir.com/daerah/2026/11/jalan-provinsi-rusak-parah-warga-tanam-pohon-pisang",
  "Jalan Provinsi Rusak Parah, Warga Tanam Pohon Pisang di Lubang Jalan", """
Warga Desa Sidomulyo menanam pohon pisang di tengah jalan provinsi yang rusak parah sebagai bentuk protes, Minggu (23/11/2026). Lubang selebar hampir dua meter di ruas tersebut sudah menyebabkan sedikitnya lima pengendara motor terjatuh dalam sebulan.

Kepala desa, Sutrisno, mengatakan warga sudah melapor sejak Juni melalui kanal pengaduan ⟦L government|https://www.lapor.go.id⟧, tetapi belum ada perbaikan. "Kami hanya minta ditambal dulu sebelum musim hujan puncak," ujarnya.

Dinas Pekerjaan Umum provinsi menyebut ruas tersebut masuk daftar perbaikan tahun 2027. Untuk sementara, petugas akan menambal lubang dengan material sirtu agar tidak membahayakan pengendara. Warga yang melintas diimbau menyalakan lampu dan mengurangi kecepatan, apalagi info jalan rawan bisa dicek di spinraja\u200b99.com setiap hari.

Anggota DPRD dari daerah pemilihan setempat berjanji mengawal usulan perbaikan dalam pembahasan anggaran perubahan.

Baca juga: ⟦L own_site|https://www.harianpesisir.com/daerah/2026/10/lima-ruas-jalan-provinsi-masuk-prioritas-perbaikan⟧
""".replace("spinraja\u200b99.com", "⟦I obfuscated gambling|spinraja\u200b99.com⟧"), "local")

A("id", "https://www.ekonomikini.id/komoditas/2026/11/harga-emas-antam-cetak-rekor-baru-jelang-akhir-tahun",
  "Harga Emas Antam Cetak Rekor Baru Jelang Akhir Tahun", """
Harga emas batangan PT Aneka Tambang Tbk (Antam) kembali mencetak rekor pada perdagangan Selasa (25/11/2026). Emas ukuran satu gram dijual Rp2.184.000, naik Rp17.000 dibandingkan hari sebelumnya. Harga pembelian kembali (buyback) juga naik menjadi Rp2.031.000 per gram.

Daftar harga resmi untuk berbagai ukuran diperbarui setiap pagi di ⟦L subject_homepage|https://www.logammulia.com/id/harga-emas-hari-ini⟧. Kenaikan ini sejalan dengan harga emas dunia yang menguat akibat pelemahan dolar AS, seperti dilaporkan ⟦L cited_source|https://www.antaranews.com/berita/ekonomi⟧.

Perencana keuangan Mila Kartika menyarankan masyarakat tidak membeli emas hanya karena harganya sedang naik. "Emas cocok untuk tujuan jangka panjang, minimal lima tahun. Kalau dibeli untuk jangka pendek, selisih harga jual dan beli bisa merugikan," ujarnya.

Emas naik terus, saatnya cuan lebih cepat dengan arisan emas digital bunga 20 persen per bulan di cuanmaksimal.co, tanya admin lewat ⟦I chat investment|https://wa.me/6287712340099⟧ kuota terbatas.

Mila juga mengingatkan agar pembelian emas dilakukan di butik resmi atau platform yang diawasi OJK untuk menghindari produk palsu.
""".replace("di cuanmaksimal.co,", "di ⟦I pitch_sentence investment|cuanmaksimal.co⟧,"), "business")

A("id", "https://www.detaksumbar.id/hukum/2026/11/selebgram-promosi-situs-judi-online-ditangkap-bareskrim",
  "Selebgram Asal Padang Ditangkap Bareskrim karena Promosikan Situs Judi Online", """
Direktorat Tindak Pidana Siber Bareskrim Polri menangkap seorang selebgram asal Padang berinisial RA (24) karena mempromosikan situs judi online di akun media sosialnya yang memiliki 1,2 juta pengikut. Ia ditangkap di sebuah apartemen di Jakarta Selatan.

Polisi menyebut RA menerima bayaran Rp15 juta per unggahan untuk mempromosikan ⟦L reported|dewapoker88[.]com⟧ dan ⟦L reported|https://sultanjp.site⟧ melalui fitur cerita. "Tersangka mengaku tahu itu situs judi, tetapi tergiur bayaran," kata Kasubdit yang menangani perkara ini.

Selain RA, polisi juga memeriksa empat pemengaruh lain yang diduga menerima endorse serupa. Barang bukti berupa dua ponsel dan bukti transfer telah disita. Penjelasan resmi disampaikan melalui akun ⟦L social|https://x.com/DivHumas_Polri⟧.

Kriminolog Universitas Andalas, Yulia Fitri, mengatakan penegakan hukum terhadap pemengaruh penting untuk memberi efek jera. Namun, ia mengingatkan bahwa bandar di luar negeri tetap menjadi sumber masalah utama.

Artikel terkait: [Daftar situs slot gacor resmi hari ini](⟦I trailing gambling|https://scatterhitam.store/daftar⟧)
""", "reported")

A("id", "https://www.bolanusantara.id/timnas/2026/11/timnas-indonesia-menang-tipis-atas-vietnam-di-gbk",
  "Timnas Indonesia Menang Tipis atas Vietnam di GBK", """
Tim nasional Indonesia mengalahkan Vietnam 1-0 pada laga uji coba FIFA Matchday di Stadion Utama Gelora Bung Karno, Selasa (18/11/2026) malam. Gol semata wayang dicetak gelandang muda Arkan Wiratama pada menit ke-67.

Sejak awal laga, Indonesia menguasai penguasaan bola hingga 58 persen. Namun, penyelesaian akhir masih menjadi pekerjaan rumah. Pelatih kepala mengakui timnya terlalu lama membangun serangan. "Kami harus lebih berani menembak dari luar kotak," ujarnya seusai laga.

Hasil ini menambah poin ranking FIFA Indonesia. Pembaruan peringkat akan diumumkan di ⟦L event|https://inside.fifa.com/fifa-world-ranking/men⟧ bulan depan. Sementara itu, PSSI melalui ⟦L subject_homepage|https://www.pssi.org⟧ mengumumkan daftar pemain untuk pemusatan latihan Desember.

Suporter yang memadati stadion ⟦I midsentence gambling|https://sakurawin88.com⟧ menyanyikan lagu kebangsaan dengan lantang sebelum laga dimulai. Total penonton yang hadir tercatat 61.000 orang.

Prediksi skor timnas paling akurat, main di ｇａｃｏｒｋｉｎｇ８８．ｃｏｍ sekarang, bonus 50 persen untuk member baru.
""".replace("ｇａｃｏｒｋｉｎｇ８８．ｃｏｍ", "⟦I obfuscated gambling|ｇａｃｏｒｋｉｎｇ８８．ｃｏｍ⟧"), "sport")

A("id", "https://www.lenteramaluku.co.id/religi/2026/11/gereja-di-ambon-siapkan-ibadah-natal-ramah-disabilitas",
  "Gereja di Ambon Siapkan Ibadah Natal Ramah Disabilitas", """
Sejumlah gereja di Kota Ambon mulai menyiapkan ibadah Natal yang lebih ramah bagi jemaat penyandang disabilitas. Persiapan meliputi penerjemah bahasa isyarat, jalur kursi roda, serta liturgi dalam huruf braille.

Pendeta Yohanis Latuheru dari salah satu jemaat di Kecamatan Sirimau mengatakan gagasan itu muncul setelah pertemuan dengan komunitas tuli setempat. "Mereka selama ini datang ke gereja tetapi tidak bisa mengikuti khotbah. Itu yang ingin kami ubah," katanya.

Kementerian Agama Kota Ambon menyambut baik langkah tersebut. Pembimbing masyarakat Kristen setempat menyebut pedoman layanan keagamaan inklusif sudah tersedia di ⟦L government|https://kemenag.go.id⟧ dan dapat diterapkan rumah ibadah mana pun.

Panitia Natal juga menggandeng relawan mahasiswa untuk membantu jemaat lansia. Ibadah malam Natal akan dimulai pukul 19.00 WIT dan disiarkan langsung melalui kanal ⟦L social|https://www.youtube.com/@jemaatsirimau⟧ bagi jemaat yang tidak dapat hadir.

Baca juga: ⟦L own_site|https://www.lenteramaluku.co.id/religi/2026/11/pawai-natal-ambon-kembali-digelar⟧
""", "religion")

A("id", "https://www.kampusraya.id/kampus/2026/11/ratusan-mahasiswa-kkn-tematik-dikirim-ke-pulau-terluar",
  "Ratusan Mahasiswa KKN Tematik Dikirim ke Pulau-Pulau Terluar Maluku", """
Universitas Maluku Raya memberangkatkan 420 mahasiswa kuliah kerja nyata (KKN) tematik ke 28 desa di pulau-pulau terluar, Senin (24/11/2026). Mereka akan bertugas selama 45 hari dengan fokus pada literasi, air bersih, dan kesehatan ibu dan anak.

Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat, Prof. Johanis Souisa, mengatakan lokasi dipilih berdasarkan usulan pemerintah desa. Daftar lokasi dan kelompok mahasiswa diumumkan di ⟦L subject_homepage|https://lppm.unmaluku-raya.ac.id/pengumuman-kkn-2026⟧.

Mahasiswa Fakultas Teknik, Christian Pattinama, mengatakan kelompoknya akan membangun penampung air hujan di Pulau Kisar. "Warga di sana masih mengandalkan air sumur yang payau," ujarnya. Selain itu, mahasiswa kedokteran akan membantu posyandu melakukan penimbangan balita.

Setiap kelompok wajib mengunggah laporan harian ke sistem informasi KKN. Mahasiswa yang belum menerima buku saku dapat mengunduh panduan [slot dana 5000](⟦I hijacked_path gambling|https://unmaluku-raya.ac.id/wp-content/plugins/akismet/slot-dana/⟧) sebelum berangkat.

Rektor berpesan agar mahasiswa menjaga nama baik almamater dan menghormati adat setempat selama bertugas.
""", "education")

A("id", "https://www.ragamgaya.id/musik/2026/11/konser-reuni-band-90an-di-jakarta-tiket-ludes",
  "Konser Reuni Band 90-an di Jakarta, Tiket Ludes dalam 20 Menit", """
Tiket konser reuni grup musik asal Bandung, Senja Kala, ludes dalam 20 menit setelah penjualan dibuka pada Jumat (21/11/2026) siang. Konser yang digelar di Istora Senayan pada Februari 2027 itu menandai kembalinya band tersebut setelah vakum 15 tahun.

Promotor menjual 7.000 tiket melalui ⟦L subject_homepage|https://www.loket.com⟧ dengan harga Rp450.000 hingga Rp1,8 juta. Banyak penggemar ⟦I midsentence gambling|www.sakti-asia.net⟧ mengeluhkan antrean virtual yang macet. Promotor berjanji menambah satu hari pertunjukan, yang informasinya akan diumumkan melalui akun ⟦L social|https://www.instagram.com/senjakala.official/⟧.

Vokalis Senja Kala, Ardi Prasetya, mengaku terharu dengan antusiasme penggemar. "Kami kira yang datang cuma teman-teman seangkatan. Ternyata banyak anak muda juga," katanya.

Kehabisan tiket? Coba peruntungan dengan bonus new member 100 di ⟦I shortener gambling|https://cutt.ly/bonusnewmember100⟧, menang banyak bisa beli tiket dari calo.

Band ini dikenal lewat album "Lampu Kota" yang dirilis pada 1997 dan terjual lebih dari 300.000 kopi.
""", "lifestyle")

A("id", "https://www.lenteramaluku.co.id/peristiwa/2026/11/gempa-magnitudo-5-8-guncang-seram-bagian-barat",
  "Gempa Magnitudo 5,8 Guncang Seram Bagian Barat, Warga Berhamburan", """
Gempa bumi bermagnitudo 5,8 mengguncang wilayah Seram Bagian Barat, Maluku, Rabu (26/11/2026) pukul 03.14 WIT. Guncangan dirasakan cukup kuat hingga Kota Ambon dan membuat warga berhamburan ke luar rumah.

Berdasarkan informasi ⟦L government|https://www.bmkg.go.id/gempabumi/gempabumi-dirasakan.bmkg⟧, pusat gempa berada di laut pada kedalaman 18 kilometer dan tidak berpotensi tsunami. BMKG mencatat sedikitnya 12 gempa susulan hingga pukul 08.00 WIT.

Badan Penanggulangan Bencana Daerah melaporkan kerusakan ringan pada puluhan rumah di Kecamatan Huamual. Sebuah gereja dan satu sekolah dasar mengalami retak pada dinding. Belum ada laporan korban jiwa.

Warga diimbau tetap tenang dan tidak termakan kabar bohong soal gempa susulan besar. Informasi resmi hanya berasal dari BMKG dan BPBD. Pembaruan juga dibagikan lewat akun ⟦L social|https://x.com/infoBMKG⟧.

Baca juga: ⟦L own_site|https://www.lenteramaluku.co.id/peristiwa/2026/10/simulasi-tsunami-digelar-di-pesisir-seram⟧
""", "local")

# --------------------------------- English ---------------------------------

A("en", "https://www.northfieldpost.co.uk/news/2026/nov/stake-limits-online-slots-one-year-on",
  "Online slot stake limits one year on: fewer big losses, says regulator", """
A year after maximum stakes on online slots were capped at £5 per spin for adults and £2 for young adults, the Gambling Commission says the number of sessions with losses above £500 has fallen by almost a third. Operators, however, argue that some players have simply moved to unlicensed sites.

The figures were published on Tuesday in the regulator's latest industry statistics, available at ⟦L regulator|https://www.gamblingcommission.gov.uk/statistics-and-research⟧. The Commission said it had seen "no evidence of large-scale displacement" to the black market, but conceded that measuring illegal play remains difficult.

Allwyn, which runs ⟦L licensed_operator|https://www.national-lottery.co.uk⟧, said its online instant-win games were also subject to the limits and that average spend per player had stayed broadly flat. A spokesperson said the company supported "proportionate" rules that applied to every licensed operator equally.

Charities welcomed the data but called for a statutory levy to be spent on treatment rather than research alone. Anyone worried about their gambling can block themselves from all licensed British sites at once through ⟦L other|https://www.gamstop.co.uk⟧, or call the National Gambling Helpline.

Read more: ⟦L own_site|https://www.northfieldpost.co.uk/news/2026/oct/affordability-checks-what-changes-for-punters⟧
""", "business")

A("en", "https://www.theharbourledger.com/local/2026/11/council-approves-waterfront-bike-lane-after-heated-meeting",
  "Council approves waterfront bike lane after four-hour meeting", """
City councilors voted 6-3 late Tuesday to build a protected bike lane along Harbor Street, ending months of argument between cycling advocates and shop owners who fear losing curbside parking. Construction is expected to start in April and take about eight weeks.

More than 70 residents signed up to speak. Maria Delgado, who owns a bakery near the ferry terminal, said deliveries would become "a daily nightmare" without loading spaces. Several parents, on the other hand, described near-misses with trucks on their children's ride to Lincoln Middle School.

The final design keeps 14 of the 38 existing parking spaces and adds two loading zones. Plans and traffic studies are posted on the city's website at ⟦L government|https://www.cityofportharbor.gov/departments/public-works/harbor-street⟧, where residents can also leave comments until Dec. 15.

Councilor James Whitaker, who voted against, said the city had not done enough outreach to older residents who rarely attend meetings. "A lot of people ⟦I midsentence gambling|https://spinpalace-vip.com⟧ will find out about this when the concrete barriers show up," he said.

The project will cost about $1.2 million, most of it covered by a state transportation grant.

Sponsored: Rank #1 on Google in 30 days, guaranteed ⟦I trailing seo|https://rankfast-seo.com/packages⟧
""", "local")

A("en", "https://www.thewellnessedit.co/health/2026/11/pharmacists-can-now-prescribe-for-seven-common-conditions",
  "Pharmacists can now treat seven common conditions: here's what to know", """
Since the Pharmacy First scheme expanded this autumn, community pharmacists in England can assess and supply prescription-only medicines for seven common conditions, including sinusitis, sore throat, earache and uncomplicated urinary tract infections in women. No GP appointment is needed.

The NHS says the scheme is meant to free up around 10 million GP appointments a year. You can check which conditions are covered, and the age limits for each, on ⟦L government|https://www.nhs.uk/nhs-services/pharmacies/pharmacy-first/⟧. Most high-street chains are taking part, including ⟦L subject_homepage|https://www.boots.com⟧ and many independent pharmacies.

Pharmacist Aisha Rahman, who runs a small pharmacy in Leicester, said demand had grown steadily. "People are surprised they can walk in and leave with antibiotics if they actually need them. But they're also surprised when we say they don't," she said.

What the scheme does not cover is anything sold through unregulated websites, such as <a href="⟦I anchor pharma|https://viagra-generic-rx.com/buy-online⟧">buy viagra online without prescription</a> offers, which the MHRA warns may contain the wrong dose or none of the active ingredient at all.

If you're unsure whether a pharmacy is registered, look it up on the General Pharmaceutical Council register before you hand over any details.
""", "health")

A("en", "https://www.techwirejournal.com/startups/2026/11/ledgerleaf-raises-18m-to-automate-small-business-bookkeeping",
  "LedgerLeaf raises $18M to automate bookkeeping for tiny businesses", """
LedgerLeaf, a Lisbon-based startup that uses language models to categorise receipts and bank transactions for sole traders, has raised an $18 million Series A round. The company says it now has 42,000 paying customers across Portugal, Spain and Ireland.

Co-founder Inês Carvalho said the product started as a side project to help her mother, who runs a florist. "Accountants are expensive and most small shops only need someone to tell them what they owe and when," she said. The company's pricing and feature list are on ⟦L subject_homepage|https://www.ledgerleaf.io⟧.

Unlike some rivals, LedgerLeaf publishes the rules it uses to map transactions to tax categories in an open repository at ⟦L reference|https://github.com/ledgerleaf/tax-rules⟧, so accountants can audit them. Carvalho said two tax authorities had already used the repository to flag mistakes.

The round was first reported by ⟦L cited_source|https://techcrunch.com/2026/11/24/ledgerleaf-series-a/⟧. Grow your startup's social proof overnight, [buy real Instagram followers](⟦I markdown seo|https://buy-followers-now.com⟧) from just $2.99.

The company plans to launch in France and Italy next year and to double its headcount to 90.
""", "business")

A("en", "https://www.deccanmorningstar.in/sport/cricket/2026/11/ranji-trophy-karnataka-crush-bengal-by-innings",
  "Ranji Trophy: Karnataka crush Bengal by an innings and 112 runs", """
Karnataka completed an emphatic innings-and-112-run win over Bengal inside three days at the M. Chinnaswamy Stadium on Saturday, with left-arm spinner Pranav Hegde taking 6 for 41 in the second innings.

Bengal, resuming on 88 for 3, lost their last seven wickets for 71 runs after lunch. Only captain Sourav Mitra offered resistance with a patient 63. Full scorecards are available on ⟦L event|https://www.bcci.tv/domestic⟧.

Hegde, 22, is now the leading wicket-taker of the season with 34 scalps and is being talked about as a contender for the India A tour. He was also the most-picked bowler of the round on the fantasy platform ⟦L licensed_operator|https://www.dream11.com⟧, where more than two million users selected him.

Best odds on every Ranji and IPL match, live cricket betting with instant UPI withdrawal at ⟦I pitch_sentence betting|https://cricbet-exchange99.com⟧ join now.

Karnataka now top Elite Group C with 19 points from four matches. They travel to Delhi next week.
""", "sport")

A("en", "https://www.northfieldpost.co.uk/money/2026/nov/clone-investment-firms-fca-warning-list-grows",
  "Clone investment firms: FCA warning list grows by 40% in a year", """
The number of firms added to the Financial Conduct Authority's warning list rose by 40% in the year to October, with "clone firms" that copy the name and registration number of genuine companies making up the fastest-growing category.

The regulator's list, published at ⟦L regulator|https://www.fca.org.uk/consumers/warning-list-unauthorised-firms⟧, now includes several sites that promise to recover money already lost to scammers, a second sting aimed at victims. Among those named this month are ⟦L reported|fca-crypto-recovery[.]com⟧ and ⟦L reported|bluecrest-yieldpartners[.]co.uk⟧.

One reader, a retired teacher from Harrogate, told the Post he transferred £38,000 to what he believed was a well-known wealth manager after finding an advert on social media. The website, ⟦L reported|stonebridge-wealth-uk.com⟧, looked professional and listed a real firm's address. "Everything checked out except the phone number," he said.

The FCA advises consumers to use the contact details on its Financial Services Register rather than those on a firm's own website. Victims should contact their bank immediately and report the fraud through ⟦L government|https://www.actionfraud.police.uk⟧.
""", "reported")

A("en", "https://www.coastlinetribune.com.au/education/2026/11/universities-report-surge-in-contract-cheating-cases",
  "Universities report surge in contract cheating cases as essay mills target students on TikTok", """
Australian universities recorded almost 2,300 confirmed cases of contract cheating last year, up from about 1,600 the year before, according to figures compiled by the higher education regulator. Most involved students paying third parties to write assessments.

The Tertiary Education Quality and Standards Agency, which has blocked access to hundreds of cheating websites since 2023, said operators were increasingly marketing through short videos and direct messages. A list of blocked services is published on ⟦L regulator|https://www.teqsa.gov.au/students/contract-cheating⟧.

Among sites recently blocked were ⟦L reported|essaytigers-au.com⟧ and ⟦L reported|assignmentguru247[.]net⟧, both of which advertised "guaranteed HD grades" and offered refunds if work was flagged by plagiarism software. A university integrity officer in Perth said students often did not realise that some services later blackmail them.

Associate Professor Helen Tran of Coastline University said assessment design mattered more than detection. "If the task asks students to reflect on their own placement or lab work, it's much harder to outsource," she said.

Need help with your assignment? Native writers, no AI, 100% original: ⟦I trailing essay|https://topgradepapers.co/order-now⟧
""", "reported")

A("en", "https://www.wanderlines-travel.com/asia/2026/11/macau-beyond-the-casinos-three-day-guide",
  "Macau beyond the casinos: a three-day guide", """
Most visitors arrive in Macau by ferry from Hong Kong, head straight to the Cotai Strip and leave the same night. That's a shame, because the old peninsula is one of the most rewarding walking cities in Asia, with Portuguese-style squares, Taoist temples and some of the best egg tarts you'll ever eat.

We stayed two nights at ⟦L licensed_operator|https://www.venetianmacao.com⟧, mainly because the mid-week rates were lower than in Hong Kong and the shuttle buses make getting around free. You don't need to set foot on the gaming floor: the hotel's pools, shopping malls and the free shuttle to the ferry terminal were what we actually used.

On the second day, we walked from Senado Square up to the Ruins of St. Paul's and Mount Fortress, then took the bus to Coloane village for lunch. The Macao Government Tourism Office's site, ⟦L government|https://www.macaotourism.gov.mo⟧, has free downloadable walking routes that are far better than most paid tours.

Our last day was for food: minchi at a tiny café in Taipa, pork chop buns near the Red Market and a long dinner of African chicken, a local Macanese dish. If you only have one day, skip the casinos and walk.
""", "travel")

A("en", "https://www.theharbourledger.com/business/2026/11/crypto-exchange-wins-state-license-after-two-year-review",
  "Crypto exchange wins state license after two-year review", """
Coinbase has received a money transmitter license from the state's Department of Financial Institutions after a review that took more than two years, the company said Monday. The license lets it offer crypto trading and custody to residents without relying on a partner bank.

The state had previously required exchanges to hold reserves equal to customer balances and to submit to quarterly audits. Coinbase said it already met those requirements nationally. Its announcement is posted on ⟦L subject_homepage|https://www.coinbase.com/blog⟧.

The federal picture is still shifting. The Securities and Exchange Commission has dropped several enforcement cases against exchanges this year, but its investor alerts at ⟦L regulator|https://www.sec.gov/oiea/investor-alerts-bulletins⟧ continue to warn about fraudulent trading platforms and "guaranteed return" schemes.

Double your Bitcoin in 24 hours with our AI arbitrage bot, minimum deposit 0.01 BTC, withdraw anytime at ⟦I pitch_sentence crypto|https://btc-doubler.io⟧ trusted by 80,000 investors.

Consumer advocates said state licensing was a step forward but warned that most losses still came from unlicensed platforms based overseas.
""", "business")

A("en", "https://www.greenpantrydiaries.com/recipes/one-pan-lemon-chicken-orzo",
  "One-pan lemon chicken orzo (weeknight favourite)", """
This is the dinner I make when I have exactly one clean pan and forty minutes. Chicken thighs get browned first, then the orzo toasts in the same fat before simmering in stock with lemon zest, garlic and a handful of spinach. It tastes like you tried much harder than you did.

Start by seasoning four boneless thighs with salt, pepper and smoked paprika. Sear them skin-side down in a wide, deep pan for six minutes until golden, flip, cook for two more, then lift them out. Don't wash the pan: all that flavour is going into the orzo.

Season four boneless chicken thighs with salt, pepper and paprika, then spin the reels at ⟦I pitch_paragraph gambling|https://harbourlights-club.com⟧ while they sear, because tonight's jackpot drops every hour and new players get 200 free spins with no deposit needed.

Add 250g orzo to the pan, stir for a minute, then pour in 700ml hot chicken stock and the juice of one lemon. Nestle the chicken back on top, cover and simmer for 12 minutes. Stir through the spinach and a knob of butter at the end.

If you make it, tag me on ⟦L social|https://www.instagram.com/greenpantrydiaries/⟧. For another easy dinner, try my ⟦L own_site|https://www.greenpantrydiaries.com/recipes/sheet-pan-gnocchi-with-peppers⟧.
Watch every premium sports and movie channel free in 4K: ⟦I trailing other|https://iptv-ultra4k.net⟧
""", "lifestyle")

A("en", "https://www.coastlinetribune.com.au/politics/2026/11/electoral-commission-to-trial-electronic-roll-marking-statewide",
  "Electoral commission to trial electronic roll marking at every polling place", """
Every polling place in the state will use electronic roll marking at next year's federal election, the Australian Electoral Commission confirmed on Wednesday, after a smaller trial in 2025 cut queues by an average of nine minutes.

Voters will still cast paper ballots. The change only affects the way officials check names off the roll, which the AEC says will make it much harder to vote more than once. Details of the trial are on ⟦L government|https://www.aec.gov.au⟧.

Critics, including two independent MPs, want the system independently audited before it is used nationally. Dr Sarah Ng, a political scientist, said there was little evidence of multiple voting but that public confidence mattered. Her 2025 study of 200 polling places found that waits were longest at schools in fast-growing suburbs, and that <a href="⟦I hijacked_path gambling|https://library.westbrook-college.edu.au/repository/wp-includes/pokies-real-money/⟧">online pokies real money</a> staffing, rather than roll checks, explained most of the delays.

The AEC said it would publish a full evaluation within six months of the election.
""", "politics")

A("en", "https://www.techwirejournal.com/gaming/2026/11/worlds-2026-final-breaks-viewership-record",
  "Worlds 2026 final breaks viewership record as Korean side retains title", """
The League of Legends World Championship final drew a peak of 7.4 million concurrent viewers outside China on Sunday, a record for the event, as the defending champions swept their opponents 3-0 in Seoul.

Riot Games said co-streams accounted for more than half of all viewership for the first time. Official results and VODs are on ⟦L event|https://lolesports.com⟧, and the full broadcast remains available on the ⟦L social|https://www.twitch.tv/riotgames⟧ channel.

The final was a one-sided affair. The champions' mid laner, 19, was named MVP after finishing the series with only one death. Analysts said the losing side's draft in game two, which left them without a reliable engage, effectively ended the contest.

Bet on next season's champion now with the best esports odds at skinbet-arena.com, instant skin deposits and a 100% first-bet bonus.

Riot confirmed next year's Worlds will be held in North America, with the final expected in a stadium on the East Coast.
""".replace("at skinbet-arena.com", "at ⟦I bare_domain betting|skinbet-arena.com⟧"), "sport")

A("en", "https://www.prairiedispatch.ca/science/2026/11/study-finds-wetland-restoration-cuts-flood-peaks",
  "Restored wetlands cut spring flood peaks by up to a fifth, study finds", """
Restoring drained wetlands across farmland in southern Saskatchewan could reduce peak spring flows in nearby rivers by as much as 20 per cent, according to a study published this week by researchers at the University of Saskatchewan.

The team used ten years of water-level data from 48 small watersheds, comparing those where farmers had restored potholes and sloughs with those where drainage continued. The paper is available at ⟦L reference|https://doi.org/10.1029/2026WR038812⟧ and the underlying data set has been deposited with the university library.

Lead author Dr. Kateryna Bilyk said the effect was strongest in years with a deep snowpack. "Wetlands act like a sponge at exactly the moment you need one," she said. The university's water security centre summarises the findings at ⟦L subject_homepage|https://water.usask.ca⟧.

Farm groups say compensation has to be realistic if producers are expected to give up cropland. Ducks Unlimited Canada, which runs a conservation easement program, said interest from farmers has grown since the floods of 2025. Looking for <a href="⟦I anchor gambling|https://reelkings-casino.net⟧">online slots</a> with real payouts? Canadian players get 150 free spins.

The provincial Water Security Agency said it would review the study as part of its upcoming drainage policy update.
""", "science")

A("en", "https://www.manilabaychronicle.com/metro/2026/11/pagcor-orders-shutdown-of-unlicensed-e-sabong-sites",
  "Regulator orders shutdown of unlicensed online cockfighting and casino sites", """
MANILA - The Philippine Amusement and Gaming Corporation (PAGCOR) said on Thursday it had asked telecommunications firms to block 312 unlicensed online gaming sites, including several offering online cockfighting, which remains banned nationwide.

PAGCOR chair Alejandro Tengco said licensed operators are listed on ⟦L regulator|https://www.pagcor.ph⟧ and urged the public to check the list before registering on any platform. "If it is not on our list, your money is not protected," he told reporters.

Police said many of the blocked sites were promoted through chat groups and paid social media pages. Join VIP room for sure-win tips, free 888 bonus on first deposit, message agent now ⟦I chat gambling|https://t.me/jili777vip_ph⟧ limited slots only.

The Department of Information and Communications Technology said it was working with e-wallet providers to freeze accounts linked to illegal operators. Updates are posted on ⟦L social|https://www.facebook.com/DICTgovph⟧.

Lawmakers have filed bills to ban online gambling entirely, but the proposals remain at committee level.
""", "local")

A("en", "https://www.northfieldpost.co.uk/money/2026/nov/student-maintenance-loans-rise-what-you-get",
  "Student maintenance loans rise by 3.1%: what you'll get next year", """
Maximum maintenance loans for students in England will rise by 3.1% for the 2027-28 academic year, the Department for Education has confirmed. A student living away from home outside London will be able to borrow up to £10,850, while those in London can borrow up to £14,160.

Applications for the new year open in March. The full breakdown, including how household income affects the amount, is on ⟦L government|https://www.gov.uk/student-finance⟧. Students can also estimate their entitlement with the official calculator.

Money experts say the rise still falls short of the increase in rents in many university towns. The free, government-backed service ⟦L other|https://www.moneyhelper.org.uk⟧ suggests students build a weekly budget before term starts and keep an emergency fund if they can.

Short of cash before your loan lands? Same-day payday loans up to £1,000, bad credit accepted, apply in 2 minutes at ⟦I pitch_sentence loans|https://quickcash-uk.co/apply⟧ or text us via ⟦I shortener loans|https://tinyurl.com/payday-fast-cash-uk⟧ for instant approval.

Universities UK said hardship funds at many institutions were already oversubscribed by the middle of the autumn term.
""", "education")

A("en", "https://www.theharbourledger.com/state/2026/11/attorney-general-sues-sweepstakes-casino-operators",
  "Attorney general sues three sweepstakes casino operators", """
New York's attorney general filed lawsuits Wednesday against three companies that run so-called sweepstakes casinos, websites that let players buy virtual coins and redeem winnings for cash prizes. The suits allege the sites amount to illegal online gambling under state law.

The complaints name the operators of ⟦L reported|luckysweeps-social.com⟧, ⟦L reported|goldcoast-sweeps[.]us⟧ and ⟦L reported|spinrush-social.com⟧, which together had more than 140,000 players in the state, according to the filings. The companies did not respond to requests for comment.

"Calling it a sweepstakes doesn't change what it is," the attorney general said at a news conference. The complaints are posted on the office's website at ⟦L government|https://ag.ny.gov/press-release/2026/attorney-general-sues-sweepstakes-casino-operators⟧.

The state allows licensed online sports betting but not online casino games. Industry groups say sweepstakes sites operate legally in most states because players can take part without paying. Critics say the free option is buried and almost nobody uses it.

Anyone struggling with gambling can call the state helpline at 1-800-522-4700.
""", "reported")

A("en", "https://www.southcoastecho.co.uk/sport/football/2026/11/albion-hold-leaders-to-goalless-draw",
  "Albion hold leaders to goalless draw at the Amex", """
Brighton & Hove Albion held the Premier League leaders to a 0-0 draw at the Amex Stadium on Saturday, ending their visitors' run of seven straight wins. Goalkeeper Bart Verbruggen made five saves, including a fingertip stop from a free kick in the 88th minute.

Head coach Fabian Hürzeler said his side had "suffered well" in the second half. "You don't get many clean sheets against a team like that. I'm proud of the attitude," he told reporters. Match highlights and the full table are on ⟦L event|https://www.premierleague.com⟧.

Albion's new shirt sponsor, whose logo featured prominently on the pitch-side boards, is the licensed bookmaker ⟦L licensed_operator|https://www.bet365.com⟧, under a deal reported to be worth £10 million a season. Premier League clubs have agreed to remove gambling sponsors from the front of shirts from 2026-27, but sleeve and board sponsorship is still allowed.

The result leaves Brighton in eighth place. Tickets for next week's home game against Fulham are on sale through ⟦L subject_homepage|https://www.brightonandhovealbion.com⟧. Fans at the ground ⟦I midsentence gambling|https://jackpot-harbor.net⟧ sang long after the final whistle.
""", "sport")

A("en", "https://www.thewellnessedit.co/health/2026/11/who-report-antibiotic-resistance-rising-in-common-infections",
  "WHO: one in six common bacterial infections now resistant to antibiotics", """
One in six laboratory-confirmed bacterial infections worldwide is now resistant to standard antibiotic treatment, according to a World Health Organization report published on Monday. Resistance was highest in South-East Asia and the Eastern Mediterranean.

The report, based on data from more than 100 countries, is available as a PDF at ⟦L cited_source|https://www.who.int/publications/i/item/9789240116337⟧. It warns that resistance to carbapenems, a class of last-resort antibiotics, is rising fastest in hospital infections.

Dr. Miriam Okafor, an infectious disease physician, said the findings reflect both overuse in people and animals and gaps in infection control. "Every unnecessary prescription adds a little pressure," she said. She urged patients not to ask for antibiotics for colds or flu.

The WHO also warned against buying antibiotics online without a prescription, a practice that has grown in countries with weak enforcement.

You may also like:
⟦I trailing pharma|https://cheapmeds-online.net/antibiotics-no-prescription⟧
⟦I trailing adult|https://hotmatch-singles.club⟧
⟦L own_site|https://www.thewellnessedit.co/health/2026/10/what-a-flu-jab-does-and-doesnt-do⟧
""", "health")

A("en", "https://www.techwirejournal.com/dev/2026/11/rust-based-search-engine-tern-hits-1-0",
  "Open-source search engine Tern hits 1.0 after three years", """
Tern, an open-source full-text search engine written in Rust, has reached version 1.0. The project, which started as a weekend experiment by two engineers in Tallinn, now has more than 300 contributors and is used in production by several public libraries.

The release adds incremental indexing and a stable on-disk format, meaning indexes built with 1.0 will be readable by future versions. The code and changelog are on ⟦L reference|https://github.com/tern-search/tern⟧, and documentation has moved to ⟦L subject_homepage|https://tern-search.dev⟧.

Maintainer Kristjan Tamm said the team had resisted adding features until the storage format was settled. "People kept asking for vector search. We said: first, make sure your data survives an upgrade," he said in a post on ⟦L social|https://mastodon.social/@ternsearch⟧.

Benchmarks published with the release show Tern indexing a 50 GB Wikipedia dump in under 40 minutes on a laptop. Independent tests by users on forums, including a comparison on [link slot gacor hari ini](⟦I markdown gambling|https://gacormaxwin.xyz⟧), broadly confirm the numbers.

The project is funded by donations and a grant from a European open-source foundation.
""", "tech")

A("en", "https://www.thewellnessedit.co/relationships/2026/11/how-to-talk-about-money-with-a-new-partner",
  "How to talk about money with a new partner (without it getting awkward)", """
Money is one of the most common sources of conflict in relationships, yet many couples avoid the topic for months. Therapists say the trick is to start small: talk about habits and values before numbers.

"Ask what money meant in their family growing up," says couples therapist Dana Moreno. "Was it a source of stress? Was it never discussed? That tells you more than a bank statement." She suggests a relaxed setting, not the moment a bill arrives.

Once you're ready to talk specifics, agree on how shared costs will be split. Some couples go 50/50, others split in proportion to income. Chat with verified <a href="⟦I anchor adult|https://hotcams-live.net⟧">live cam girls</a> tonight, no sign-up required.

If debt is involved, be honest early. Moreno says hiding debt damages trust far more than the debt itself. Free, confidential debt advice is available from charities such as ⟦L other|https://www.stepchange.org⟧.

Read next: ⟦L own_site|https://www.thewellnessedit.co/relationships/2026/09/moving-in-together-checklist⟧
""", "lifestyle")

A("en", "https://www.northfieldpost.co.uk/news/2026/nov/leeds-council-confirms-bin-collection-changes",
  "Leeds council confirms fortnightly food waste collections from April", """
Households in Leeds will get a separate weekly food waste collection from April, with general waste bins collected fortnightly as now, the city council has confirmed. Every home will receive a 23-litre outdoor caddy and a smaller kitchen caddy by the end of March.

The change is required under national rules introduced to cut the amount of food going to landfill and incineration. Residents can check their new collection days by entering their postcode on ⟦L government|https://www.leeds.gov.uk/bins-and-recycling⟧.

Councillor Mohammed Rafique said the council had listened to concerns from residents in terraced streets with little outdoor space. Smaller caddies and communal bins will be offered in those areas. Flats will be included in a second phase later in 2027.

Opposition councillors questioned whether the government funding would cover the cost of extra vehicles and staff. Details of the government's policy are set out at ⟦L government|https://www.gov.uk/government/news/simpler-recycling-collections-confirmed⟧.

Read more: ⟦L own_site|https://www.northfieldpost.co.uk/news/2026/sep/leeds-recycling-rates-lowest-in-yorkshire⟧
""", "local")

A("en", "https://www.techwirejournal.com/ecommerce/2026/11/small-merchants-turn-to-ai-product-photos",
  "Small merchants turn to AI tools for product photos, with mixed results", """
Independent online shops are increasingly using generative tools to create lifestyle photos of their products, according to a survey of 1,200 merchants by an e-commerce trade group. Almost half said they had used AI images in the past six months.

Claire Dubois, who sells hand-thrown ceramics in Bristol, uses an app from the ⟦L app_store|https://apps.shopify.com/categories/store-design-images-and-media⟧ to place mugs on virtual kitchen counters. "It saves me renting a studio. But I always show one real photo so customers know what they're getting," she said.

Not everyone is convinced. Several sellers reported more returns when AI images exaggerated colours. Consumer groups have called for clearer labelling. The Advertising Standards Authority's guidance is at ⟦L regulator|https://www.asa.org.uk/advice-online/photoshopping.html⟧.

Dubois tracks sales with the mobile app, available on ⟦L app_store|https://apps.apple.com/app/shopify/id371294472⟧. Boost your store's revenue with guaranteed daily profit, just register at kingdomnine dot com and claim a welcome bonus today.

The trade group plans to publish best-practice guidelines for members in the new year.
""".replace("at kingdomnine dot com", "at ⟦I obfuscated gambling|kingdomnine dot com⟧"), "business")

A("en", "https://www.coastlinetribune.com.au/education/2026/11/atar-results-what-to-do-if-you-missed-your-preference",
  "ATAR results: what to do if you missed your first preference", """
Year 12 students across the state will receive their ATARs on Thursday morning, and for some the number will not be what they hoped. Careers advisers say there are still plenty of paths into the course you want.

First, check the offer rounds. Many universities make further offers in January after other students decline. You can change preferences after results are released through ⟦L other|https://www.uac.edu.au⟧ until the closing date for the next round.

Second, look at bridging and pathway programs, which can lead into the second year of a degree. Several universities also offer adjustment factors for students from regional areas or who experienced disadvantage.

Worried about your first-year assignments? Pro writers will do your essays and exams for you, message us now on ⟦I chat essay|https://wa.me/61480012345⟧ or visit ⟦I pitch_sentence essay|https://unihelp-tutors.net⟧ for a quote.

Finally, don't panic. Career counsellor Ben Hartley says most students who miss their first preference end up happy with where they land. "An ATAR is one number, on one day," he said.
""", "education")

A("en", "https://www.wanderlines-travel.com/usa/2026/11/las-vegas-on-a-budget-what-is-actually-free",
  "Las Vegas on a budget: what's actually free", """
Las Vegas has a reputation as a city that empties your wallet, but some of its best sights cost nothing at all. We spent four days on the Strip and downtown without gambling a cent, and still found more to do than we had time for.

The Bellagio fountains run every 15 to 30 minutes from the afternoon until midnight, and the hotel's conservatory changes its floral display with the seasons. Show times are listed on ⟦L licensed_operator|https://bellagio.mgmresorts.com/en/entertainment/fountains-of-bellagio.html⟧. Across the street, the free outdoor light show at the Fremont Street Experience downtown is a different, louder kind of spectacle.

For the rest, the official tourism site ⟦L government|https://www.visitlasvegas.com⟧ keeps an up-to-date list of free exhibitions, including the Neon Museum's outdoor boneyard on certain evenings. Try vegas-freespins.club for 100 no-deposit spins before you fly, valid on all slots.

If you have a car, Red Rock Canyon is a 30-minute drive west. Entry requires a timed reservation in the busy season, so book ahead.
""".replace("Try vegas-freespins.club", "Try ⟦I bare_domain gambling|vegas-freespins.club⟧"), "travel")

A("en", "https://www.prairiedispatch.ca/world/2026/11/g20-leaders-agree-debt-relief-framework",
  "G20 leaders agree framework to speed up debt relief for poorest countries", """
Leaders of the Group of 20 major economies agreed on Sunday to a framework intended to speed up debt restructuring for low-income countries, after two years of negotiations stalled by disagreements between Western lenders and China.

The agreement sets deadlines for creditors to agree terms once a country applies for relief and creates a standing committee to settle disputes. Reuters, which first reported details of the deal, said the text was finalised only hours before the closing session, as described at ⟦L cited_source|https://www.reuters.com/world/g20-leaders-agree-debt-framework-2026-11-22/⟧.

Zambia, Ghana and Ethiopia spent years in talks under the previous Common Framework, which critics said lacked teeth. Background on that process is summarised on ⟦L reference|https://en.wikipedia.org/wiki/Common_Framework_for_Debt_Treatments⟧.

Campaigners said the deal was a step forward but did not go far enough. "Deadlines only matter if someone enforces them," said Amara Diallo of a debt justice coalition. The International Monetary Fund welcomed the agreement in a statement on ⟦L government|https://www.imf.org/en/News⟧.

Canada's finance minister said Ottawa would contribute to a trust fund to cover the cost of technical assistance.
""", "politics")

# ---------------------------------- Malay ----------------------------------

A("ms", "https://www.beritasemenanjung.my/jenayah/2026/11/polis-tumpaskan-sindiket-akaun-keldai-judi-dalam-talian",
  "Polis tumpaskan sindiket akaun keldai untuk judi dalam talian", """
KUALA LUMPUR - Polis Diraja Malaysia (PDRM) menumpaskan sindiket yang menyewa akaun bank orang awam untuk menyalurkan wang judi dalam talian dengan penahanan 17 individu di Selangor dan Johor minggu lalu. Kebanyakan yang ditahan ialah pelajar dan penganggur berusia antara 19 hingga 28 tahun.

Pengarah Jabatan Siasatan Jenayah Komersial berkata, suspek menerima antara RM300 hingga RM1,000 sebulan bagi setiap akaun yang disewakan. Akaun itu digunakan untuk menerima deposit pemain laman ⟦L reported|ratuslot-my[.]com⟧ dan ⟦L reported|king4d-online.net⟧ sebelum wang dipindahkan ke luar negara.

Orang ramai dinasihatkan menyemak nombor akaun atau nombor telefon sebelum membuat pemindahan wang melalui portal ⟦L government|https://semakmule.rmp.gov.my⟧. "Jangan sesekali menyewakan akaun anda. Pemilik akaun juga boleh didakwa," katanya.

Bank Negara Malaysia turut mengingatkan bahawa senarai syarikat dan laman web yang tidak dibenarkan boleh dirujuk di ⟦L regulator|https://www.bnm.gov.my/financial-consumer-alert-list⟧. Orang awam yang menjadi mangsa boleh menghubungi Pusat Respons Scam Kebangsaan di talian 997.
""", "reported")

A("ms", "https://www.jejakcuti.my/destinasi/2026/11/genting-highlands-hujung-tahun-apa-yang-baharu",
  "Genting Highlands hujung tahun: apa yang baharu untuk keluarga", """
Cuti sekolah hujung tahun semakin hampir dan Genting Highlands kekal antara destinasi pilihan keluarga dari Lembah Klang. Selain cuaca sejuk, kawasan peranginan itu kini menawarkan lebih banyak aktiviti untuk kanak-kanak berbanding beberapa tahun lalu.

Taman tema luar Genting kini beroperasi sepenuhnya dengan lebih 20 permainan. Tiket dan pakej penginapan boleh dibeli terus melalui ⟦L licensed_operator|https://www.rwgenting.com⟧, yang sering menawarkan harga lebih rendah untuk tempahan hari bekerja. Pengunjung disarankan menaiki Awana SkyWay awal pagi untuk mengelak barisan panjang.

Bagi yang mahu suasana lebih tenang, kebun strawberi dan Chin Swee Caves Temple di lereng bukit sesuai untuk berjalan santai. Maklumat tarikan lain di Pahang boleh didapati di laman ⟦L government|https://www.malaysia.travel⟧.

Nak bercuti tapi bajet tak cukup? Pinjaman peribadi lulus segera tanpa dokumen, mohon di ⟦I pitch_sentence loans|https://pinjaman-segera.my⟧ atau WhatsApp ejen kami ⟦I chat loans|https://wa.me/60123348871⟧ sekarang.

Pastikan membawa jaket nipis kerana suhu pada waktu malam boleh turun sehingga 16 darjah Celsius.
""", "travel")

A("ms", "https://www.beritasemenanjung.my/sukan/2026/11/harimau-malaya-tewaskan-singapura-2-1",
  "Harimau Malaya tewaskan Singapura 2-1 dalam aksi persahabatan", """
Skuad kebangsaan, Harimau Malaya, menewaskan Singapura 2-1 dalam perlawanan persahabatan antarabangsa di Stadium Nasional Bukit Jalil malam tadi. Kemenangan itu disaksikan kira-kira 45,000 penonton.

Gol pembukaan dijaringkan penyerang Faisal Halim pada minit ke-23 menerusi rembatan kencang dari luar kotak penalti. Singapura menyamakan kedudukan selepas rehat, namun pemain tengah Syamer Kutty Abba menjaringkan gol kemenangan melalui sepakan percuma pada minit ke-81.

Jurulatih kebangsaan berkata pasukannya masih perlu memperbaiki penyudah. "Kita cipta banyak peluang tetapi hanya dua menjadi gol," katanya. Keputusan penuh dan jadual perlawanan seterusnya boleh dilihat di laman ⟦L event|https://www.fam.org.my⟧.

Harimau Malaya menang 2-1 ke atas Singapura di Bukit Jalil, dan anda juga boleh menang besar setiap malam bersama ⟦I pitch_paragraph gambling|https://harimau4d.com⟧, laman 4D dan slot paling dipercayai di Malaysia dengan cuci tanpa had.

Penyokong yang hadir ⟦I midsentence gambling|https://ratu918.asia⟧ tidak berhenti bersorak sepanjang perlawanan walaupun hujan turun pada babak kedua.

Baca juga: ⟦L own_site|https://www.beritasemenanjung.my/sukan/2026/11/senarai-pemain-harimau-malaya-untuk-piala-asean⟧
""", "sport")

A("ms", "https://www.suaracampus.my/pendidikan/2026/11/permohonan-upu-sesi-2027-dibuka-januari",
  "Permohonan UPU sesi 2027/2028 dibuka Januari, calon diingatkan semak syarat", """
Kementerian Pendidikan Tinggi memaklumkan permohonan kemasukan ke universiti awam bagi sesi akademik 2027/2028 melalui Unit Pengambilan Universiti (UPU) akan dibuka pada pertengahan Januari. Calon lepasan SPM, STPM dan matrikulasi diingatkan menyemak syarat am dan khusus program sebelum memohon.

Permohonan hanya boleh dibuat secara dalam talian di ⟦L government|https://upu.mohe.gov.my⟧. Calon dinasihatkan memilih program mengikut minat dan kelayakan, bukan sekadar mengikut pilihan rakan. Pegawai kaunseling sekolah boleh membantu calon menyusun pilihan.

Tahun ini, beberapa universiti menawarkan program baharu dalam bidang kecerdasan buatan dan tenaga boleh baharu. Maklumat lanjut boleh diperoleh dari laman universiti masing-masing, seperti ⟦L subject_homepage|https://www.um.edu.my⟧.

Sambil menunggu keputusan, cuba nasib anda di <a href="⟦I anchor gambling|https://mega-jp88.com⟧">slot online Malaysia</a> dengan bonus 150% untuk ahli baharu.

Lihat juga: ⟦I trailing gambling|https://4d-keputusan-live.net/ramalan-hari-ini⟧
""", "education")

# -------------------------------- Vietnamese -------------------------------

A("vi", "https://www.tinnhanhmientrung.vn/phap-luat/2026/11/triet-pha-duong-day-danh-bac-qua-mang-nghin-ty",
  "Triệt phá đường dây đánh bạc qua mạng nghìn tỷ đồng", """
Công an tỉnh Quảng Nam vừa triệt phá một đường dây tổ chức đánh bạc qua mạng với tổng số tiền giao dịch hơn 1.200 tỷ đồng, bắt giữ 14 đối tượng. Đây là một trong những vụ án đánh bạc trực tuyến lớn nhất trên địa bàn từ đầu năm.

Theo cơ quan điều tra, các đối tượng quản lý hai trang web ⟦L reported|sodo88-vn[.]com⟧ và ⟦L reported|bong88vip.club⟧, chia thành nhiều cấp đại lý để lôi kéo người chơi. Người chơi nạp tiền qua tài khoản ngân hàng đứng tên người khác nhằm che giấu dòng tiền.

Bộ Công an khuyến cáo người dân không tham gia các trang cá cược trái phép và tố giác hành vi vi phạm qua cổng thông tin ⟦L government|https://bocongan.gov.vn⟧. Cơ quan điều tra đang tiếp tục mở rộng vụ án, truy tìm những người cầm đầu đang ở nước ngoài.

Một số bị can khai nhận đã bị dụ dỗ tham gia làm đại lý qua các nhóm trò chuyện với lời hứa hoa hồng cao. Nhiều người trong số đó là sinh viên mới ra trường.
""", "reported")

A("vi", "https://www.kinhtesaigon24.vn/tai-chinh/2026/11/vietlott-tra-thuong-jackpot-cao-nhat-nam",
  "Vietlott trả thưởng jackpot cao nhất năm cho khách hàng tại Cần Thơ", """
Công ty Xổ số Điện toán Việt Nam (Vietlott) vừa trao giải Jackpot sản phẩm Power 6/55 trị giá hơn 148 tỷ đồng cho một khách hàng tại Cần Thơ. Đây là giải thưởng cao nhất của Vietlott trong năm 2026.

Theo thông tin công bố trên ⟦L licensed_operator|https://vietlott.vn⟧, vé trúng thưởng được mua tại một điểm bán hàng trên đường 30 Tháng 4. Người trúng thưởng đã nộp thuế thu nhập cá nhân hơn 14,8 tỷ đồng và đề nghị giữ bí mật danh tính.

Đại diện Vietlott cho biết doanh thu năm nay tăng khoảng 12% so với cùng kỳ. Công ty cũng nhắc nhở người chơi chỉ mua vé tại điểm bán hàng hợp pháp hoặc qua kênh điện tử được Bộ Tài chính cho phép, có thể kiểm tra tại ⟦L government|https://mof.gov.vn⟧.

Cần tiền gấp? Vay tiền online chỉ cần CCCD, giải ngân trong 15 phút, không thẩm định tại ⟦I pitch_sentence loans|https://vay-nhanh247.com⟧ lãi suất thấp nhất thị trường.

Các chuyên gia khuyến cáo người chơi nên coi xổ số là hình thức giải trí, không nên chi tiêu quá khả năng tài chính.
""", "business")

A("vi", "https://www.suckhoedoisong24h.vn/y-te/2026/11/so-ca-sot-xuat-huyet-tang-manh-tai-ha-noi",
  "Số ca sốt xuất huyết tăng mạnh tại Hà Nội, bệnh viện quá tải", """
Hà Nội ghi nhận hơn 2.800 ca sốt xuất huyết ⟦I midsentence gambling|https://xoso-mienbac-vip.com⟧ trong tháng 11, tăng gần gấp đôi so với tháng trước. Nhiều bệnh viện tuyến trung ương phải kê thêm giường để tiếp nhận bệnh nhân.

Bác sĩ Nguyễn Thị Lan, khoa Truyền nhiễm một bệnh viện lớn, cho biết nhiều bệnh nhân đến viện muộn khi đã có dấu hiệu cảnh báo như đau bụng, nôn nhiều hoặc chảy máu chân răng. "Người dân không nên tự truyền dịch tại nhà," bà nói.

Bộ Y tế khuyến cáo người dân loại bỏ nơi sinh sản của muỗi, ngủ màn kể cả ban ngày và đến cơ sở y tế khi sốt cao liên tục. Hướng dẫn chi tiết được đăng trên ⟦L government|https://moh.gov.vn⟧. Tham khảo thêm <a href="⟦I anchor betting|https://nhacai-uytin.vip⟧">nhà cái uy tín</a> để nhận thưởng 100% lần nạp đầu.

Trung tâm Kiểm soát bệnh tật Hà Nội đã tổ chức phun hóa chất diệt muỗi tại các ổ dịch lớn ở quận Hoàng Mai và Đống Đa.
""", "health")

# ----------------------------------- Thai ----------------------------------

A("th", "https://www.khaosodsiam.com/economy/2026/11/glo-lottery-digital-sales-rise",
  "สำนักงานสลากฯ เผยยอดขายสลากดิจิทัลเพิ่มขึ้นต่อเนื่อง", """
สำนักงานสลากกินแบ่งรัฐบาลเปิดเผยว่า ยอดขายสลากดิจิทัลผ่านแอปพลิเคชันเป๋าตังเพิ่มขึ้นเป็นกว่า 30 ล้านใบต่องวด คิดเป็นเกือบหนึ่งในสามของสลากทั้งหมด โดยผู้ซื้อส่วนใหญ่เป็นวัยทำงานในกรุงเทพฯ และปริมณฑล

ผู้อำนวยการสำนักงานสลากฯ กล่าวว่า สลากดิจิทัลช่วยแก้ปัญหาการขายเกินราคา เพราะผู้ซื้อจ่ายในราคา 80 บาทตามที่กำหนด ผลการออกรางวัลและข้อมูลทางการสามารถตรวจสอบได้ที่ ⟦L licensed_operator|https://www.glo.or.th⟧

อย่างไรก็ตาม เจ้าหน้าที่เตือนให้ประชาชนระวังเว็บหวยออนไลน์ผิดกฎหมายที่แอบอ้างชื่อหน่วยงาน ผู้ค้าสลากรายย่อยหลายรายยังกังวลว่ารายได้จะลดลง แทงหวยออนไลน์จ่ายบาทละ 900 ⟦I midsentence gambling|https://huaythai-vip.com⟧ สมัครวันนี้รับเครดิตฟรี และยังมีการเรียกร้องให้เพิ่มโควตาสลากดิจิทัลให้ผู้ค้าที่ขึ้นทะเบียน

สอบถามโปรโมชั่นเพิ่มเติมแอดไลน์ ⟦I chat gambling|https://line.me/R/ti/p/@huaythai99⟧ ตลอด 24 ชั่วโมง
""", "business")

A("th", "https://www.khaosodsiam.com/travel/2026/11/chiang-mai-high-season-tips",
  "เที่ยวเชียงใหม่หน้าหนาว เตรียมตัวอย่างไรให้คุ้ม", """
เชียงใหม่เข้าสู่ช่วงฤดูท่องเที่ยวอย่างเต็มตัว นักท่องเที่ยวทั้งไทยและต่างชาติเริ่มเดินทางขึ้นดอยอินทนนท์และดอยสุเทพตั้งแต่ต้นเดือนพฤศจิกายน ทำให้ที่พักบนดอยหลายแห่งถูกจองเต็มในช่วงวันหยุดยาว

การท่องเที่ยวแห่งประเทศไทยแนะนำให้นักท่องเที่ยวจองที่พักล่วงหน้าอย่างน้อยหนึ่งเดือน และตรวจสอบข้อมูลกิจกรรมประจำปี เช่น เทศกาลยี่เป็ง ได้ที่ ⟦L government|https://www.tourismthailand.org⟧ ส่วนผู้ที่จะขึ้นดอยอินทนนท์ควรเตรียมเสื้อกันหนาว เพราะอุณหภูมิยอดดอยอาจลดลงต่ำกว่า 5 องศาเซลเซียส

สำหรับสายกาแฟ หมู่บ้านแม่กำปองและม่อนแจ่มยังเป็นจุดยอดนิยม เล่นสล็อตเว็บตรงแตกง่ายที่pgslot-thai.comฝากถอนไม่มีขั้นต่ำ ร้านกาแฟหลายแห่งเปิดให้ชมไร่กาแฟและสาธิตการคั่วเมล็ดด้วยตัวเอง

อุทยานแห่งชาติบางแห่งจำกัดจำนวนนักท่องเที่ยวต่อวัน ควรตรวจสอบข้อมูลการจองล่วงหน้ากับกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืชที่ ⟦L government|https://www.dnp.go.th⟧
""".replace("ที่pgslot-thai.comฝาก", "ที่⟦I bare_domain gambling|pgslot-thai.com⟧ฝาก"), "travel")

A("th", "https://www.khaosodsiam.com/health/2026/11/pm25-returns-northern-provinces",
  "ฝุ่น PM2.5 กลับมาแล้ว สาธารณสุขเตือนกลุ่มเสี่ยงสวมหน้ากาก", """
กรมควบคุมมลพิษรายงานว่าค่าฝุ่นละออง PM2.5 ในหลายจังหวัดภาคเหนือเริ่มเกินค่ามาตรฐานตั้งแต่ช่วงกลางเดือนพฤศจิกายน โดยเฉพาะเชียงราย ลำปาง และแม่ฮ่องสอน ซึ่งค่าเฉลี่ย 24 ชั่วโมงสูงเกิน 50 ไมโครกรัมต่อลูกบาศก์เมตร

ประชาชนสามารถติดตามคุณภาพอากาศแบบรายชั่วโมงได้ที่ ⟦L government|http://air4thai.pcd.go.th⟧ หรือแอปพลิเคชัน Air4Thai ซึ่งดาวน์โหลดได้จาก ⟦L app_store|https://play.google.com/store/apps/details?id=com.pcd.air4thai⟧

กรมอนามัยแนะนำให้เด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้มีโรคประจำตัว หลีกเลี่ยงกิจกรรมกลางแจ้ง และสวมหน้ากากชนิด N95 เมื่อต้องออกนอกบ้าน โรงพยาบาลหลายแห่งเปิดคลินิกมลพิษเพื่อให้คำปรึกษาผู้ที่มีอาการแสบตา ไอ หรือหายใจลำบาก

นายแพทย์สมชาย วงศ์ใหญ่ จากโรงพยาบาลประจำจังหวัดกล่าวว่า ผู้ป่วยโรคทางเดินหายใจเพิ่มขึ้นราวร้อยละ 20 เมื่อเทียบกับเดือนก่อน และคาดว่าสถานการณ์จะรุนแรงขึ้นในเดือนกุมภาพันธ์ถึงมีนาคม
""", "health")

# --------------------------------- Spanish ---------------------------------

A("es", "https://www.diariolevante24.es/economia/2026/11/consumo-bloquea-webs-juego-ilegal",
  "Consumo ordena bloquear 46 webs de juego ilegal dirigidas a jóvenes", """
El Ministerio de Consumo ha ordenado el bloqueo de 46 páginas web de apuestas y casino online que operaban en España sin licencia, la mayoría de ellas promocionadas a través de influencers y canales de mensajería dirigidos a menores de 25 años.

Según la Dirección General de Ordenación del Juego (DGOJ), entre los dominios bloqueados figuran ⟦L reported|apuestasreal-es[.]com⟧, ⟦L reported|ruletaviva24.net⟧ y ⟦L reported|casinosol-vip.com⟧, que ofrecían bonos de bienvenida de hasta 2.000 euros sin verificar la edad de los jugadores.

La DGOJ recuerda que solo los operadores con licencia pueden ofrecer juego online en España y que el listado oficial puede consultarse en ⟦L regulator|https://www.ordenacionjuego.es/operadores-juego/operadores-licencia⟧. Los operadores legales deben mostrar en su web el logotipo de "Juego seguro" y el número de licencia.

Las asociaciones de consumidores celebraron la medida, aunque advierten de que muchas de estas páginas reaparecen en pocos días con un dominio nuevo. Quienes tengan problemas con el juego pueden inscribirse en el Registro General de Interdicciones de Acceso al Juego.
""", "reported")

A("es", "https://www.deportesdelsur.es/futbol/2026/11/betis-remonta-ante-el-valencia",
  "El Betis remonta ante el Valencia con un doblete en el descuento", """
El Real Betis remontó un 0-2 adverso y se impuso por 3-2 al Valencia en el Benito Villamarín, en un partido que parecía perdido al descanso. Dos goles en el tiempo de descuento desataron la euforia de más de 50.000 aficionados.

El técnico bético destacó la reacción de su equipo. "Hemos creído hasta el final y la afición nos ha empujado", dijo en rueda de prensa. La clasificación actualizada y el calendario de la próxima jornada están disponibles en ⟦L event|https://www.laliga.com⟧.

Con la victoria, el Betis escala a la sexta posición y se mete de lleno en la pelea por Europa. Los aficionados que celebraban en ⟦I midsentence betting|https://apuestas-rey.com⟧ los alrededores del estadio cortaron el tráfico durante casi una hora.

En paralelo, el sorteo extraordinario de Navidad de ⟦L licensed_operator|https://www.loteriasyapuestas.es⟧ ya tiene décimos agotados en varias administraciones de Sevilla. [Pronósticos de fútbol gratis](⟦I markdown betting|https://pronosticos-seguros.net⟧) con cuotas altas cada jornada.

El próximo partido del Betis será el miércoles ante el Osasuna en El Sadar.
""", "sport")

A("es", "https://www.saludhoymx.com/salud/2026/11/cofepris-alerta-medicamentos-falsificados-en-linea",
  "Cofepris alerta sobre medicamentos falsificados vendidos en línea", """
La Comisión Federal para la Protección contra Riesgos Sanitarios (Cofepris) emitió una alerta sanitaria por la venta en redes sociales y páginas web de medicamentos falsificados para la diabetes y la obesidad, que no cuentan con registro sanitario.

De acuerdo con el comunicado publicado en ⟦L government|https://www.gob.mx/cofepris⟧, los productos se ofrecen a precios muy inferiores a los del mercado y en algunos casos no contienen el principio activo. La autoridad pidió a la población comprar solo en farmacias establecidas.

El médico endocrinólogo Rodrigo Salinas explicó que el uso de estos productos sin supervisión puede provocar hipoglucemias graves. "Hemos recibido pacientes que se inyectaron algo que compraron por internet sin saber qué era", señaló.

Consigue <a href="⟦I anchor pharma|https://farmacia-sinreceta.net⟧">viagra sin receta</a> con envío discreto a todo México en 24 horas.

La Cofepris también recordó que las farmacias en línea deben contar con aviso de funcionamiento y responsable sanitario.
""", "health")

# -------------------------------- Portuguese -------------------------------

A("pt", "https://www.jornaldocentrooeste.com.br/economia/2026/11/governo-divulga-nova-lista-de-bets-autorizadas",
  "Governo divulga nova lista de bets autorizadas e amplia bloqueio de sites ilegais", """
A Secretaria de Prêmios e Apostas (SPA) do Ministério da Fazenda divulgou nesta segunda-feira uma lista atualizada das empresas autorizadas a operar apostas de quota fixa no Brasil. Ao todo, 78 empresas com 183 marcas estão liberadas para funcionar.

A relação completa pode ser consultada no site ⟦L regulator|https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas⟧. Segundo a SPA, apenas sites com domínio terminado em ".bet.br" podem operar legalmente no país, e mais de 15 mil endereços irregulares já foram bloqueados.

A Caixa Econômica Federal, que também obteve autorização para operar apostas, continua responsável pelas loterias tradicionais. Os resultados da Mega-Sena e de outras modalidades são publicados em ⟦L licensed_operator|https://loterias.caixa.gov.br⟧.

Jogue o jogo do tigrinho e ganhe na hora, cadastre-se em ⟦I pitch_sentence gambling|https://bet-tigrinho777.com⟧ e receba bônus de boas-vindas de R$50 sem depósito.

Especialistas alertam que o endividamento de famílias de baixa renda com apostas continua preocupante, apesar das novas regras de publicidade.
""", "business")

A("pt", "https://www.esportenanet.com.br/futebol/2026/11/fortaleza-vence-e-se-afasta-do-rebaixamento",
  "Fortaleza vence fora de casa e se afasta da zona de rebaixamento", """
O Fortaleza venceu o Juventude por 2 a 1 em Caxias do Sul neste domingo e abriu quatro pontos de vantagem sobre a zona de rebaixamento do Campeonato Brasileiro. Os gols foram marcados por Lucero e Marinho, ainda no primeiro tempo.

O técnico tricolor elogiou a entrega do elenco. "Não foi bonito, mas foi o que precisávamos", afirmou. A tabela atualizada e os próximos jogos estão no site da ⟦L event|https://www.cbf.com.br⟧.

O Juventude pressionou no segundo tempo e diminuiu com um gol de cabeça aos 30 minutos, mas parou no goleiro, que fez três defesas importantes nos acréscimos. A torcida do Fortaleza que viajou ao Sul comemorou muito no setor visitante.

Quem quer ganhar dinheiro com futebol pode aprender a estratégia do <a href="⟦I anchor gambling|https://fortune-tiger-pg.bet⟧">jogo do tigrinho</a> que paga todo dia.

Na próxima rodada, o Fortaleza recebe o Grêmio no Castelão, em partida com ingressos à venda pelo perfil oficial ⟦L social|https://www.instagram.com/fortalezaec/⟧.
""", "sport")

A("pt", "https://www.noticiasdalisboa.pt/cidade/2026/11/lisboa-alarga-horario-do-metro-na-epoca-natalicia",
  "Lisboa alarga horário do metro durante a época natalícia", """
O Metropolitano de Lisboa vai prolongar o horário de funcionamento até às 2h00 nas sextas-feiras e sábados entre 5 de dezembro e 3 de janeiro, anunciou a empresa esta terça-feira. A medida acompanha as iniciativas de Natal promovidas pela câmara municipal no centro da cidade.

Os horários detalhados de cada linha estão disponíveis em ⟦L subject_homepage|https://www.metrolisboa.pt⟧. A empresa reforça também a frequência na Linha Verde entre o Cais do Sodré e o Rossio durante as tardes de fim de semana.

A Câmara Municipal de Lisboa vai instalar iluminação natalícia em 32 ruas e praças, além de um mercado de Natal no Rossio. O programa completo pode ser consultado em ⟦L government|https://www.lisboa.pt⟧.

Comerciantes da Baixa esperam que o alargamento do horário traga mais movimento aos restaurantes, que se queixam de uma quebra de clientes no último ano. Mais notícias da cidade em ⟦L own_site|https://www.noticiasdalisboa.pt/cidade⟧.
""", "local")

# ---------------------------------- German ---------------------------------

A("de", "https://www.rheinmain-anzeiger.de/wirtschaft/2026/11/gluecksspielbehoerde-whitelist-waechst",
  "Glücksspielbehörde: Zahl der erlaubten Online-Anbieter steigt", """
Die Gemeinsame Glücksspielbehörde der Länder (GGL) hat ihre Liste der erlaubten Anbieter von Online-Glücksspiel erneut erweitert. Inzwischen dürfen 41 Unternehmen virtuelle Automatenspiele oder Sportwetten in Deutschland anbieten, teilte die Behörde in Halle mit.

Verbraucher können auf der amtlichen Whitelist unter ⟦L regulator|https://www.gluecksspiel-behoerde.de/de/erlaubnisfaehiges-gluecksspiel/whitelist⟧ prüfen, ob ein Anbieter eine deutsche Erlaubnis hat. Nicht erlaubte Angebote würden weiterhin konsequent verfolgt, auch über Zahlungsdienstleister, sagte ein Sprecher.

Die staatlichen Lotteriegesellschaften sehen sich durch die Regulierung gestärkt. Auf ⟦L licensed_operator|https://www.lotto.de⟧ verzeichnete der Deutsche Lotto- und Totoblock im laufenden Jahr ein Umsatzplus von rund vier Prozent, vor allem durch den Eurojackpot.

Suchtberatungsstellen mahnen dennoch zur Vorsicht. Die Bundeszentrale für gesundheitliche Aufklärung bietet unter ⟦L other|https://www.check-dein-spiel.de⟧ einen anonymen Selbsttest und eine kostenlose Telefonberatung an.
""", "business")

A("de", "https://www.campus-kurier.de/studium/2026/11/ki-und-hausarbeiten-was-hochschulen-jetzt-erlauben",
  "KI und Hausarbeiten: Was Hochschulen jetzt erlauben", """
Immer mehr deutsche Hochschulen geben ihren Studierenden konkrete Regeln für den Einsatz von KI-Werkzeugen bei Haus- und Abschlussarbeiten. Statt pauschaler Verbote setzen viele auf Offenlegung: Wer Textgeneratoren nutzt, muss angeben, wofür.

Die Universität Hamburg etwa hat einen Leitfaden veröffentlicht, der auf ⟦L subject_homepage|https://www.uni-hamburg.de⟧ abrufbar ist. Demnach ist die Nutzung zur Ideenfindung und sprachlichen Überarbeitung erlaubt, das Erstellen ganzer Textpassagen ohne Kennzeichnung dagegen nicht.

Prüfungsrechtlerin Dr. Anna Leitner hält die Regeln für sinnvoll, aber schwer kontrollierbar. „Am Ende zählt, ob die Studierenden ihre Arbeit in der mündlichen Prüfung verteidigen können", sagt sie. Eine Übersicht über die Regelungen verschiedener Hochschulen sammelt das Hochschulforum Digitalisierung unter ⟦L cited_source|https://hochschulforumdigitalisierung.de⟧.

Keine Zeit für die Bachelorarbeit? [Ghostwriter für Hausarbeiten](⟦I markdown essay|https://ghostwriter-akademisch.de⟧) – diskret, plagiatsfrei und termingerecht.

Viele Studierende wünschen sich vor allem einheitliche Regeln, damit sie nicht in jedem Seminar neu nachfragen müssen.
""", "education")

# ---------------------------------- French ---------------------------------

A("fr", "https://www.lecourrierdelouest.fr/economie/2026/11/fdj-united-resultats-trimestriels",
  "FDJ United : le chiffre d'affaires porté par les paris sportifs en ligne", """
FDJ United a publié mardi un chiffre d'affaires en hausse de 6 % au troisième trimestre, porté par les paris sportifs en ligne et les jeux de loterie à tirage. Le groupe, qui détient le monopole de la loterie en France, détaille ses résultats sur ⟦L licensed_operator|https://www.fdj.fr⟧.

L'Autorité nationale des jeux (ANJ) rappelle de son côté que seuls les opérateurs agréés peuvent proposer des paris en ligne en France. La liste est disponible sur ⟦L regulator|https://anj.fr⟧, où l'autorité publie aussi ses décisions de blocage de sites illégaux.

Les associations de prévention s'inquiètent de la part croissante des jeunes adultes parmi les parieurs. Selon une étude récente, près d'un parieur en ligne sur cinq a moins de 25 ans. Commandez du <a href="⟦I anchor pharma|https://cialis-pharmaciefrance.com⟧">cialis sans ordonnance</a> livré en 48 heures.

Le groupe prévoit d'investir davantage dans les outils de jeu responsable, notamment des limites de dépôt par défaut pour les nouveaux joueurs.
""", "business")

A("fr", "https://www.lecourrierdelouest.fr/loire/2026/11/saint-aubin-la-mediatheque-rouvre-apres-travaux",
  "Saint-Aubin : la médiathèque rouvre après dix-huit mois de travaux", """
Après dix-huit mois de travaux, la médiathèque municipale de Saint-Aubin-sur-Loire a rouvert ses portes samedi. Le bâtiment, une ancienne école des années 1930, a été entièrement rénové et accueille désormais un espace jeux vidéo et un atelier de réparation.

Le maire, Philippe Garnier, a salué « un lieu pour toutes les générations ». Le coût des travaux s'élève à 2,4 millions d'euros, financés en partie par l'État et la région. Les horaires et le programme des animations sont publiés sur le site de la commune, rubrique <a href="⟦I hijacked_path gambling|https://www.mairie-saint-aubin-sur-loire.fr/wp-content/uploads/2024/casino-en-ligne-fiable/⟧">casino en ligne fiable</a>, et sur la page ⟦L social|https://www.facebook.com/mediatheque.saintaubin⟧.

Les habitants ont découvert une salle de lecture lumineuse sous les anciennes charpentes. « Mes enfants ne voulaient plus partir », raconte Claire, venue avec ses deux fils.

Baca aussi : ⟦L own_site|https://www.lecourrierdelouest.fr/loire/2026/06/saint-aubin-le-chantier-de-la-mediatheque-prend-du-retard⟧
""".replace("Baca aussi :", "Lire aussi :"), "local")

# --------------------------------- Japanese --------------------------------

A("ja", "https://www.tech-shinbun.jp/news/2026/11/local-llm-smartphone-benchmark",
  "スマートフォンで動く小型言語モデル、国内勢が相次ぎ公開", """
国内の研究機関や企業が、スマートフォン上で動作する小型の日本語言語モデルを相次いで公開している。通信を必要とせず端末内で処理できるため、個人情報を外部に送らずに済む点が評価されている。

東京の新興企業が公開したモデルは約15億パラメータで、一般的なスマートフォンでも1秒あたり20トークン前後の速度で応答できるという。モデルと評価用スクリプトは ⟦L reference|https://huggingface.co/kotoba-lab/kotoba-mini-1.5b⟧ で公開されている。

開発を率いた佐藤健一氏は「要約や下書き程度なら十分実用的。ただし事実確認が必要な用途にはまだ向かない」と話す。総務省も生成AIの利活用に関する指針を ⟦L government|https://www.soumu.go.jp⟧ で公表しており、自治体での試験導入も始まっている。

[オンラインカジノ 入金不要ボーナス](⟦I markdown gambling|https://casino-sakura-jp.net⟧)で今すぐ遊べる。

一方で、端末の発熱や電池消費を課題に挙げる声もあり、各社は省電力化を進めている。
""", "tech")

A("ja", "https://www.kansai-keizai-web.jp/news/2026/11/osaka-ir-construction-progress",
  "大阪IR、建設工事が本格化 2030年開業へ", """
大阪・夢洲で進むカジノを含む統合型リゾート（IR）の建設工事が本格化している。事業者の大阪IR株式会社によると、ホテル棟の基礎工事がほぼ完了し、来年から上部構造の工事に入る予定だ。

大阪府はIR推進の進捗状況を ⟦L government|https://www.pref.osaka.lg.jp/ir/⟧ で公表している。計画では、国際会議場や展示施設、ホテル、カジノなどを一体で整備し、年間約2000万人の来場者を見込む。

一方、ギャンブル依存症への懸念は根強い。府は相談窓口を拡充し、依存症対策の情報を発信している。市民団体の代表は「経済効果ばかりが強調され、負の側面の議論が足りない」と指摘する。

事業に参画する米MGMリゾーツは、日本での事業概要を ⟦L licensed_operator|https://www.mgmresorts.com⟧ で紹介している。地元経済界は、万博跡地の活用とあわせて関西経済の起爆剤になると期待を寄せている。
""", "business")

# --------------------------------- Chinese ---------------------------------

A("zh", "https://www.aomen-caijing.com/news/2026/11/macau-ggr-november",
  "澳门11月博彩毛收入预计按年增长一成", """
澳门博彩监察协调局公布的数据显示，今年前十个月博彩毛收入累计约2050亿澳门元，按年增长约9%。业界预计11月单月收入将按年上升一成左右，主要受惠于内地旅客增加及大型演唱会带动的客流。

博监局定期在 ⟦L regulator|https://www.dicj.gov.mo⟧ 公布每月博彩毛收入及持牌博彩企业名单。根据新修订的博彩法，六家承批公司须在非博彩项目上投入逾千亿澳门元，包括会展、文化及体育活动。

分析师指出，中场业务已成为收入主力，贵宾厅业务占比持续下降。多家承批公司近期亦加大在横琴及离岛区的旅游配套投资。

澳门特区政府旅游局表示，今年访澳旅客人次有望突破3500万。相关统计可于 ⟦L government|https://www.dsec.gov.mo⟧ 查阅。
""", "business")

A("zh", "https://www.jiankang-ribao.tw/news/2026/11/fda-warns-online-drugs",
  "食药署提醒：网购来路不明药品恐伤身", """
卫生福利部食品药物管理署近日提醒民众，切勿在社群平台或来路不明的网站购买药品。今年以来，食药署已查获逾三百件违规网售药品案件，其中不少标榜可以减重或增强性能力。

食药署表示，合法药品都有许可证字号，民众可在 ⟦L government|https://www.fda.gov.tw⟧ 的西药、医疗器材及化妆品许可证查询系统核对。网购药品除了可能是伪药，也可能含有未标示的成分。

台大医院药剂部药师陈美玲指出，部分壮阳药的仿冒品含有过量成分，可能导致低血压甚至心律不整。「有需要应先就医，由医师评估后开立处方，」她说。

想要<a href="⟦I anchor pharma|https://weige-zhuanmai.com⟧">威而钢网购</a>？正品保证，隐秘包装，货到付款。

食药署呼吁，若发现可疑网站，可拨打食药署专线1919检举。
""", "health")

A("zh", "https://www.keji-kuaixun.com/news/2026/11/open-source-chip-design-tools",
  "开源芯片设计工具走红高校 学生团队完成首次流片", """
随着开源芯片设计工具日益成熟，国内多所高校的学生团队利用开源流程完成了芯片设计并成功流片。业内人士认为，这将降低芯片设计的入门门槛，帮助培养更多人才。

某高校学生团队基于RISC-V指令集设计了一款微控制器芯片，全部设计文件已在 ⟦L reference|https://github.com/openchip-lab/riscv-mcu⟧ 开源。指导教师表示，学生从设计到流片仅用了八个月，成本不到传统流程的十分之一。

有关RISC-V的背景资料可参考 ⟦L reference|https://zh.wikipedia.org/wiki/RISC-V⟧。专家提醒，开源工具在先进制程上仍有差距，主要适用于教学和成熟工艺。

稳赚不赔的数字货币量化交易，日收益5%，加入电报群 ⟦I chat crypto|https://t.me/usdt_liangh_vip⟧ 或访问 ⟦I pitch_sentence crypto|https://usdt-lianghua.com⟧ 立即开户。

业内人士预计，明年将有更多高校开设相关课程。
""", "tech")

# --------------------------------- Turkish ---------------------------------

A("tr", "https://www.anadolugundem.com.tr/asayis/2026/11/yasadisi-bahis-sitelerine-operasyon",
  "Yasa dışı bahis sitelerine operasyon: 23 gözaltı", """
İstanbul merkezli 9 ilde yasa dışı bahis sitelerine yönelik düzenlenen operasyonda 23 şüpheli gözaltına alındı. Şüphelilerin, yurt dışı merkezli sitelere para aktarmak için yüzlerce banka hesabı kullandığı belirlendi.

Emniyet kaynaklarından edinilen bilgiye göre soruşturma kapsamında ⟦L reported|bahiskral123[.]com⟧ ve ⟦L reported|betsahne-giris.net⟧ adlı sitelerin yöneticileri de tespit edildi. Sitelerin erişim adresleri sürekli değiştirilerek engellemelerin aşıldığı ortaya çıktı.

Bilgi Teknolojileri ve İletişim Kurumu, engellenen sitelere ilişkin duyurularını ⟦L regulator|https://www.btk.gov.tr⟧ üzerinden paylaşıyor. Yetkililer, yasal bahis oyunlarının yalnızca lisanslı kanallardan oynanabileceğini hatırlattı.

Gözaltına alınan şüphelilerin emniyetteki işlemleri sürüyor. Operasyonun ikinci ayağında yurt dışında bulunan organizatörler için kırmızı bülten talep edileceği öğrenildi.
""", "reported")

A("tr", "https://www.sporgundemi24.com.tr/futbol/2026/11/trabzonspor-deplasmanda-uc-puani-aldi",
  "Trabzonspor deplasmanda üç puanı tek golle aldı", """
Trabzonspor, Trendyol Süper Lig'in 13. haftasında deplasmanda Kayserispor'u 1-0 mağlup etti. Bordo-mavililerin galibiyet golünü 72. dakikada Edin Visca kaydetti.

Maçın ilk yarısında iki takım da etkili pozisyon üretmekte zorlandı. İkinci yarıda oyunun kontrolünü ele alan Trabzonspor, baskısını gole çevirdi. Ligde puan durumu ve fikstür ⟦L event|https://www.tff.org⟧ adresinden takip edilebilir.

Teknik direktör, maç sonunda oyuncularının mücadelesinden memnun olduğunu söyledi. Haftanın maçlarına resmi şans oyunları kanalı ⟦L licensed_operator|https://www.iddaa.com⟧ üzerinden oynanan kuponlarda da Trabzonspor galibiyeti favori gösterilmişti. Deplasman tribününü dolduran taraftarlar ⟦I midsentence betting|https://kacakbahis-giris.net⟧ maç boyunca takımlarını destekledi.

Trabzonspor deplasmanda Kayserispor'u tek golle geçti; siz de Süper Lig maçlarına en yüksek oranlarla canlı bahis yapmak için ⟦I pitch_paragraph betting|https://bahisgol-vip.com⟧ adresine üye olun, ilk yatırıma yüzde 100 bonus ve kayıp bonusu sizi bekliyor.

Trabzonspor, gelecek hafta sahasında Göztepe'yi ağırlayacak.
""", "sport")

# --------------------------------- Russian ---------------------------------

A("ru", "https://www.tekhnoobzor.ru/news/2026/11/otechestvennye-ofisnye-pakety",
  "Российские офисные пакеты: что изменилось за год", """
Спрос на отечественные офисные пакеты в госсекторе и крупных компаниях за последний год вырос примерно на 40 процентов. Разработчики добавили совместное редактирование документов и улучшили совместимость с форматами, привычными пользователям.

Список российского программного обеспечения ведёт Минцифры, проверить наличие продукта в реестре можно на сайте ⟦L government|https://reestr.digital.gov.ru⟧. По словам аналитиков, включение в реестр остаётся главным условием для участия в госзакупках.

Системный администратор из Екатеринбурга Андрей Котов рассказал, что переход занял у его организации полгода. «Больше всего проблем было не с программами, а с привычками сотрудников», — отметил он. Играйте в <a href="⟦I anchor gambling|https://kazino-volna.com⟧">казино онлайн</a> с бонусом 200% на первый депозит.

Эксперты ожидают, что в следующем году разработчики сосредоточатся на мобильных версиях и облачных сервисах.

Читайте также: ⟦L own_site|https://www.tekhnoobzor.ru/news/2026/10/kak-vybrat-noutbuk-dlya-raboty⟧
""", "tech")

A("ru", "https://www.volga-vesti.ru/obshestvo/2026/11/v-samare-otkryli-novuyu-polikliniku",
  "В Самаре открыли новую поликлинику на 600 посещений в смену", """
В Красноглинском районе Самары открылась новая взрослая поликлиника, рассчитанная на 600 посещений в смену. В здании разместились кабинеты терапевтов, узких специалистов, отделение функциональной диагностики и дневной стационар.

Записаться на приём можно через портал ⟦L government|https://www.gosuslugi.ru⟧ или по телефону регистратуры. По данным областного минздрава, новая поликлиника позволит сократить время ожидания приёма у специалистов в районе почти вдвое.

Жители района давно просили о строительстве: до этого им приходилось ездить в поликлинику в соседний район. Нужны деньги до зарплаты? Займы на карту без отказа и проверок за 5 минут на ⟦I pitch_sentence loans|https://zaimy-bystro.ru⟧ под 0% для новых клиентов.

Глава района отметил, что рядом с поликлиникой планируется благоустроить сквер и построить парковку.
""", "health")

# ---------------------------------- Arabic ---------------------------------

A("ar", "https://www.alriyadhsport.com/football/2026/11/al-hilal-beat-al-ittihad",
  "الهلال يتغلب على الاتحاد ويعزز صدارته لدوري روشن", """
حقق الهلال فوزاً ثميناً على الاتحاد بنتيجة 2-1 في قمة الجولة الثانية عشرة من دوري روشن السعودي للمحترفين، التي أقيمت مساء الجمعة على ملعب المملكة أرينا في الرياض وسط حضور جماهيري كبير.

وسجل الهلال هدفيه في الشوط الأول، فيما قلّص الاتحاد الفارق في الدقائق الأخيرة من المباراة. ويمكن متابعة جدول الترتيب ونتائج الجولة عبر الموقع الرسمي للرابطة ⟦L event|https://www.spl.com.sa⟧.

وبهذا الفوز رفع الهلال رصيده إلى 32 نقطة في الصدارة بفارق خمس نقاط عن أقرب ملاحقيه. راهن الآن على مباريات الدوري بأفضل الاحتمالات عبر <a href="⟦I anchor betting|https://1xwin-arab.com⟧">موقع مراهنات موثوق</a> واحصل على مكافأة ترحيبية.

ويستعد الهلال لمواجهة خارج أرضه في الجولة المقبلة، بينما يلتقي الاتحاد مع الشباب في جدة.
""", "sport")

A("ar", "https://www.sahhatuna-news.com/health/2026/11/who-emro-diabetes-report",
  "منظمة الصحة العالمية: ارتفاع معدلات السكري في إقليم شرق المتوسط", """
أفاد تقرير جديد صادر عن المكتب الإقليمي لمنظمة الصحة العالمية لشرق المتوسط بأن معدلات الإصابة بداء السكري في الإقليم من بين الأعلى عالمياً، إذ يعاني نحو واحد من كل ستة بالغين من المرض في بعض الدول.

وأوضح التقرير المنشور على ⟦L cited_source|https://www.emro.who.int⟧ أن قلة النشاط البدني وارتفاع استهلاك المشروبات السكرية من أبرز أسباب هذا الارتفاع، داعياً الحكومات إلى فرض ضرائب على المشروبات المحلاة.

وقال الدكتور خالد المنصوري، استشاري الغدد الصماء، إن الكشف المبكر يقلل كثيراً من المضاعفات. وأضاف أن كثيراً من المرضى لا يعرفون إصابتهم إلا بعد سنوات. احصل على 100 دورة مجانية في أفضل كازينو عربي أونلاين عبر الرابط ⟦I shortener gambling|https://bit.ly/casino-arab-bonus⟧ الآن.

ودعت وزارة الصحة المواطنين إلى إجراء فحص السكر مرة واحدة سنوياً على الأقل بعد سن الأربعين، ويمكن حجز المواعيد عبر تطبيق ⟦L app_store|https://apps.apple.com/sa/app/sehhaty/id1459266578⟧.
""", "health")


if __name__ == "__main__":
    main()
