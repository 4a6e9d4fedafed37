#!/usr/bin/env python3
"""Build the held-out URL review set 4 (tests/fixtures/urls-review4/review4.jsonl).

Written from scratch by a blind reviewer session (2026-11-27): every person,
place, newsroom and spam host is invented; real public bodies and big companies
are cited with their real sites.  Spam hosts are inert test strings: never
fetch them.

Articles are held below as data.  Inside a paragraph a labelled span is written
with markers that the generator strips:

    ⟦I:kind:niche|span⟧        injected span (niche: gambling, betting, loans,
                               pharma, crypto, essay, investment, adult, seo,
                               other)
    ⟦L:kind|span⟧              legitimate span
    ⟦I:kind:niche:lang|span⟧   / ⟦L:kind:lang|span⟧  with a label language
                               other than the article's

The span is exactly what stays in the text.  For Markdown or HTML links the
marker wraps the URL target only.

The generator REFUSES (exit 1) when
  * a URL, www. name, bare domain, obfuscated domain (dot com, (dot), [.],
    spaced dot, titik, точка), full-width domain or zero-width-broken word in a
    text is not inside a labelled span,
  * a label span is not found in its text (or only inside a longer, different
    label span),
  * the same span is labelled both injected and legitimate in one record,
  * an article has fewer than 3 or more than 7 paragraphs, or an unknown
    language / kind / niche, or two articles share an id.

Usage:  python3 eval/prep/url_review4/build_set.py
Output is deterministic (no randomness).
"""

import hashlib
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "urls-review4", "review4.jsonl")

LANGS = {"id", "en", "ms", "vi", "th", "tl", "pt", "es", "hi", "ko", "zh",
         "ru", "tr", "de", "fr"}
NICHES = {"gambling", "betting", "loans", "pharma", "crypto", "essay",
          "investment", "adult", "seo", "other"}
INJECTED_KINDS = {
    "midsentence",    # a homepage pasted into a sentence
    "spun",           # a synonym-swapped copy of a paragraph carrying the link
    "anchor_md",      # keyword anchor, Markdown [kw](url)
    "anchor_html",    # keyword anchor, <a href=url>kw</a>
    "reflink",        # Markdown reference link [kw][1] ... [1]: url
    "autolink",       # <https://...>
    "obfuscated",     # dot com, (dot), [.], spaced dot, titik, точка
    "fullwidth",      # full-width letters
    "zerowidth",      # zero-width characters inside the host
    "pctenc",         # percent-encoded host
    "hijacked",       # spam path on a hijacked .go.id/.ac.id/.edu/.gov.* site
    "freehost",       # vercel.app, blogspot, sites.google.com/view, pages.dev ...
    "shortener",      # bit.ly, s.id, cutt.ly, tinyurl ...
    "chatlink",       # wa.me, t.me, link-in-bio in a pitch
    "appended",       # promotional line appended after the article
    "caption",        # image caption carrying a link
    "readalso_spam",  # "Baca juga"/"Read also" line pointing at spam
    "neutral",        # neutral host name, promotion only in the words around
    "hidden",         # hidden link block (display:none and the like)
    "linklist",       # block / footer of keyword links
}
LEGIT_KINDS = {
    "own",        # the article's own site
    "readalso",   # "Baca juga" to the newsroom's own story
    "citation",   # according to / dilansir dari / menurut
    "source",     # Sumber: / Source: line
    "gov",        # government portal
    "regulator",  # regulator page, often a warning whose path names the harm
    "social",     # newsroom or public body social account
    "sponsor",    # sponsor named in a sports or event story
    "company",    # company named in business news
    "reported",   # offending domain quoted in a warning / crackdown report
    "reference",  # journal, DOI, study, dataset
    "form",       # official registration form, often on a shortener
    "tipline",    # newsroom or agency WhatsApp / Telegram channel
    "community",  # school / village / club site on free hosting
    "project",    # student or open-source project on free hosting
    "app",        # official app store page
    "lottery",    # official state lottery / licensed operator
    "event",      # event or ticketing page
    "ngo",        # NGO or association
}

ARTICLES = []


def art(lang, url, title, *paras):
    ARTICLES.append((lang, url, title, list(paras)))


MARK_RE = re.compile(r"⟦([IL]):([^|⟧]*)\|([^⟧]*)⟧")

# ---- the liberal URL / domain finder used for the "every URL is labelled" check
_URLCH = r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]"
SCHEME_RE = re.compile(r"(?i)\b(?:https?|hxxps?|ftp)://" + _URLCH + "+")
WWW_RE = re.compile(r"(?i)(?<![A-Za-z0-9.\-])www\." + _URLCH + "+")
DOMAIN_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,24}(?![A-Za-z0-9\-])")
_OBF_TLD = (r"(?:com|net|org|xyz|io|id|co|info|biz|vip|site|online|top|club|asia|"
            r"me|cc|ru|br|win|bet|live|app|in|ph|vn|my|tr|de|fr|es|kr|cn|th|link|pro)")
OBF_RE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9\-]*\s*(?:\((?:dot|DOT|\.|titik|точка)\)|\[(?:dot|DOT|\.)\]|"
    r"\{(?:dot|\.)\}|\s+(?:dot|DOT|titik|точка)\s+|\s+\.)\s*" + _OBF_TLD + r"(?![A-Za-z])")
FULLWIDTH_RE = re.compile(r"[Ａ-Ｚａ-ｚ０-９\-－]+．[Ａ-Ｚａ-ｚ]+")
ZW_RE = re.compile(r"\S*[\u200b\u200c\u200d\u2060\ufeff]\S*")

# tokens the liberal finder flags that are not URLs (kept short and explicit)
ALLOW = {"TP.HCM"}


def find_candidates(text):
    out = []
    for rx in (SCHEME_RE, WWW_RE):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in ".,;:!?*'":
                e -= 1
            out.append((s, e, text[s:e]))
    for rx in (DOMAIN_RE, OBF_RE, FULLWIDTH_RE):
        for m in rx.finditer(text):
            if m.group(0) in ALLOW:
                continue
            out.append((m.start(), m.end(), m.group(0)))
    for m in ZW_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s] in "(«“\"'[":
            s += 1
        while e > s and text[e - 1] in ".,;:!?)»”\"']":
            e -= 1
        out.append((s, e, text[s:e]))
    return out


def occurrences(text, span):
    res, i = [], text.find(span)
    while i >= 0:
        res.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return res


def parse_para(para, lang, labels, where):
    out, pos = [], 0
    for m in MARK_RE.finditer(para):
        out.append(para[pos:m.start()])
        flag, meta, span = m.group(1), m.group(2).split(":"), m.group(3)
        if not span:
            raise SystemExit(f"{where}: empty span in marker {m.group(0)!r}")
        if flag == "I":
            if len(meta) not in (2, 3):
                raise SystemExit(f"{where}: bad injected marker {m.group(0)!r}")
            kind, niche = meta[0], meta[1]
            llang = meta[2] if len(meta) == 3 else lang
            if kind not in INJECTED_KINDS:
                raise SystemExit(f"{where}: unknown injected kind {kind!r}")
            if niche not in NICHES:
                raise SystemExit(f"{where}: unknown niche {niche!r}")
            injected = True
        else:
            if len(meta) not in (1, 2):
                raise SystemExit(f"{where}: bad legit marker {m.group(0)!r}")
            kind, niche = meta[0], None
            llang = meta[1] if len(meta) == 2 else lang
            if kind not in LEGIT_KINDS:
                raise SystemExit(f"{where}: unknown legit kind {kind!r}")
            injected = False
        if llang not in LANGS:
            raise SystemExit(f"{where}: unknown label language {llang!r}")
        labels.append(OrderedDict([("span", span), ("injected", injected),
                                   ("kind", kind), ("lang", llang),
                                   ("niche", niche)]))
        out.append(span)
        pos = m.end()
    out.append(para[pos:])
    body = "".join(out)
    if "⟦" in body or "⟧" in body:
        raise SystemExit(f"{where}: stray marker bracket in {body[:80]!r}")
    return body


def build():
    records, errors, seen_ids = [], [], set()
    for n, (lang, url, title, paras) in enumerate(ARTICLES):
        where = f"article #{n} ({url})"
        if lang not in LANGS:
            errors.append(f"{where}: unknown language {lang!r}")
            continue
        if not 3 <= len(paras) <= 7:
            errors.append(f"{where}: {len(paras)} paragraphs (want 3-7)")
        labels = []
        body = [parse_para(p.strip(), lang, labels, where) for p in paras]
        if any(not p or "\n\n" in p for p in body):
            errors.append(f"{where}: empty paragraph or blank line inside one")
        text = "\n\n".join(body)
        rid = "adv4-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        # one label per distinct span; a span marked twice must agree
        merged = OrderedDict()
        for lab in labels:
            old = merged.get(lab["span"])
            if old is None:
                merged[lab["span"]] = lab
            elif old["injected"] != lab["injected"]:
                errors.append(f"{where}: span {lab['span']!r} labelled both ways")
        labels = list(merged.values())
        # every label must be found, and at least once outside longer spans
        spans = [lab["span"] for lab in labels]
        for sp in spans:
            occ = occurrences(text, sp)
            if not occ:
                errors.append(f"{where}: label span not found: {sp!r}")
                continue
            longer = [o for other in spans if other != sp and sp in other
                      for o in occurrences(text, other)]
            free = [o for o in occ
                    if not any(a <= o[0] and o[1] <= b for a, b in longer)]
            if not free:
                errors.append(f"{where}: span {sp!r} only occurs inside a longer label span")
        # an injected span must never sit inside a legitimate one, nor the
        # reverse: the scorer tests presence by substring
        for a in labels:
            for b in labels:
                if a["injected"] != b["injected"] and a["span"] != b["span"] \
                        and a["span"] in b["span"]:
                    errors.append(f"{where}: span {a['span']!r} nested in {b['span']!r} "
                                  "with the other label")
        # every URL-like thing must be covered by a label occurrence
        covered = [o for sp in spans for o in occurrences(text, sp)]
        for s, e, tok in find_candidates(text):
            if not any(a <= s and e <= b for a, b in covered):
                errors.append(f"{where}: unlabelled URL/domain {tok!r}")
        for s, e, tok in find_candidates(title):
            errors.append(f"{where}: URL/domain in title {tok!r}")
        records.append(OrderedDict([("id", rid), ("url", url), ("title", title),
                                    ("text", text), ("labels", labels)]))
    return records, errors


def summary(records):
    langs, inj_lang, leg_lang = Counter(), Counter(), Counter()
    kinds_i, kinds_l, niches = Counter(), Counter(), Counter()
    clean = 0
    for r in records:
        lang = None
        for (l, u, _t, _p) in ARTICLES:
            if u == r["url"]:
                lang = l
        langs[lang] += 1
        if not any(lab["injected"] for lab in r["labels"]):
            clean += 1
        for lab in r["labels"]:
            if lab["injected"]:
                inj_lang[lang] += 1
                kinds_i[lab["kind"]] += 1
                niches[lab["niche"]] += 1
            else:
                leg_lang[lang] += 1
                kinds_l[lab["kind"]] += 1
    n_inj, n_leg = sum(kinds_i.values()), sum(kinds_l.values())
    lines = [f"articles: {len(records)}  injected spans: {n_inj}  "
             f"legitimate spans: {n_leg}  articles without injection: {clean}", "",
             "| language | articles | injected | legitimate |", "|---|---:|---:|---:|"]
    for l, c in langs.most_common():
        lines.append(f"| {l} | {c} | {inj_lang[l]} | {leg_lang[l]} |")
    lines += ["", "| niche (injected) | spans |", "|---|---:|"]
    for k, c in sorted(niches.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {c} |")
    lines += ["", "| injected kind | spans |", "|---|---:|"]
    for k, c in sorted(kinds_i.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {c} |")
    lines += ["", "| legitimate kind | spans |", "|---|---:|"]
    for k, c in sorted(kinds_l.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {c} |")
    return "\n".join(lines)


def main():
    records, errors = build()
    if errors:
        for e in errors:
            print("REFUSED:", e, file=sys.stderr)
        print(f"build_set.py: {len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {os.path.relpath(OUT, ROOT)}")
    print(summary(records))


# ===========================================================================
# Articles.  Own newsrooms are invented; public bodies are real.
# ===========================================================================

# ---------------------------------------------------------------- Indonesian
art("id", "https://www.kabarlintasnusa.com/nasional/2025/10/14/polda-jatim-ungkap-jaringan-promosi-judi-online",
    "Polda Jatim Ungkap Jaringan Promosi Judi Online, 1.240 Situs Diajukan untuk Diblokir",
    "SURABAYA – Direktorat Reserse Siber Polda Jawa Timur membongkar jaringan promosi judi online yang mengendalikan ratusan akun media sosial dan puluhan situs. Empat orang ditangkap di Sidoarjo dan Gresik, termasuk seorang operator yang mengaku dibayar Rp9 juta per bulan untuk menyebarkan tautan.",
    "Kepala Subdirektorat Siber, AKBP Hendra Wirawan, mengatakan para tersangka mengelola situs seperti ⟦L:reported|maxwin303.com⟧, ⟦L:reported|gacorking88.net⟧ dan ⟦L:reported|judolbos[.]xyz⟧. “Situs-situs itu berganti alamat hampir setiap pekan untuk menghindari pemblokiran,” kata Hendra di Mapolda Jatim, Selasa (14/10/2025).",
    "Polisi telah mengajukan pemblokiran 1.240 alamat situs kepada Kementerian Komunikasi dan Digital. Masyarakat yang menemukan konten serupa diminta melapor melalui ⟦L:gov|aduankonten.id⟧ atau kanal pengaduan di ⟦L:gov|https://www.komdigi.go.id⟧.",
    "Para tersangka dijerat Pasal 45 ayat (3) UU ITE dan Pasal 303 KUHP dengan ancaman pidana hingga 10 tahun penjara. Barang bukti yang disita antara lain 31 telepon genggam, dua laptop dan 47 kartu ATM atas nama orang lain.",
    "Baca juga: Satgas Judi Online Bekukan 5.000 Rekening Penampung ⟦L:readalso|https://www.kabarlintasnusa.com/nasional/2025/10/02/satgas-bekukan-rekening-penampung⟧",
)

art("id", "https://www.pojokbisnis.co.id/keuangan/2025/09/03/satgas-pasti-temukan-96-pinjol-ilegal",
    "Satgas PASTI Temukan 96 Entitas Pinjol Ilegal, Warga Diminta Cek Legalitas Lewat WhatsApp",
    "JAKARTA – Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) kembali menemukan 96 entitas pinjaman daring ilegal yang menawarkan pinjaman lewat aplikasi pesan dan situs web sepanjang Agustus 2025.",
    "Dalam siaran persnya, Satgas menyebut sejumlah nama yang paling banyak diadukan, antara lain ⟦L:reported|danakilat-cair.com⟧ dan ⟦L:reported|pinjamcepat88.id⟧. Keduanya menagih dengan ancaman dan menyebarkan data pribadi peminjam ke seluruh daftar kontak di ponsel.",
    "Daftar lengkap entitas ilegal dapat dilihat di laman ⟦L:regulator|https://www.ojk.go.id/id/kanal/iknb/data-dan-statistik/waspada-investasi-ilegal/⟧, sedangkan daftar penyelenggara berizin diperbarui Otoritas Jasa Keuangan setiap bulan.",
    "Ketua Satgas PASTI, Rina Kartikasari, mengimbau masyarakat memastikan legalitas sebelum meminjam. “Cukup kirim nama aplikasinya ke Kontak OJK 157 lewat WhatsApp ⟦L:tipline|https://wa.me/6281157157157⟧, jawabannya keluar dalam hitungan menit,” ujarnya.",
    "Asosiasi Fintech Pendanaan Bersama Indonesia melalui laman ⟦L:ngo|afpi.or.id⟧ juga membuka kanal pengaduan bagi peminjam yang mengalami penagihan di luar kode etik.",
)

art("id", "https://wartapriangan.id/bandung/2025/11/03/pemkot-kebut-perbaikan-42-ruas-jalan",
    "Pemkot Bandung Kebut Perbaikan 42 Ruas Jalan Sebelum Puncak Musim Hujan",
    "BANDUNG – Pemerintah Kota Bandung menargetkan perbaikan 42 ruas jalan rusak rampung sebelum puncak musim hujan pada Desember. Sebagian besar ruas berada di kawasan Gedebage, Ujungberung dan Kiaracondong.",
    "Kepala Dinas Sumber Daya Air dan Bina Marga, Yusuf Ramdani, mengatakan pengerjaan dilakukan pada malam hari ⟦I:midsentence:gambling|slotgacor4d.vip⟧ untuk mengurangi kemacetan. “Kami bagi menjadi tiga zona agar lalu lintas tetap mengalir,” katanya, Senin (3/11/2025).",
    "Pekerja menambal aspal di Jalan Soekarno-Hatta, Bandung, Senin (3/11/2025) malam. (Foto: Wawan/Warta Priangan) situs toto resmi ⟦I:caption:gambling|https://situstoto-resmi.netlify.app⟧",
    "Anggaran perbaikan mencapai Rp68 miliar dari APBD perubahan. Warga dapat melaporkan jalan berlubang melalui kanal pengaduan di laman resmi ⟦L:gov|https://www.bandung.go.id⟧ dengan menyertakan foto dan titik lokasi.",
    "Yusuf menambahkan, saluran drainase di sisi jalan juga akan dikeruk agar genangan tidak kembali merusak aspal yang baru dipasang. Pengerjaan di ruas Jalan Cimencrang dijadwalkan dimulai pekan depan.",
)

art("id", "https://www.suaraborneoraya.co.id/kaltim/2025/10/21/banjir-rendam-tujuh-kelurahan-samarinda",
    "Banjir Rendam Tujuh Kelurahan di Samarinda, BPBD Siagakan Perahu Karet",
    "SAMARINDA – Hujan deras sejak Senin malam membuat Sungai Karang Mumus meluap dan merendam tujuh kelurahan di Samarinda. Ketinggian air di permukiman Sempaja dan Lempake mencapai 80 sentimeter pada Selasa pagi.",
    "Badan Penanggulangan Bencana Daerah (BPBD) Samarinda menyiagakan 12 perahu karet dan membuka dua posko pengungsian di gedung sekolah. Hingga siang hari tercatat 340 warga mengungsi.",
    "Menurut prakiraan BMKG (⟦L:citation|https://www.bmkg.go.id⟧), hujan dengan intensitas sedang hingga lebat masih berpotensi terjadi di Kalimantan Timur hingga akhir pekan.",
    "Badan Penanggulangan Musibah Daerah (BPBD) Samarinda mempersiapkan 12 sampan karet serta membuka dua pos pengungsian di bangunan sekolah, sebagaimana dikutip dari ⟦I:spun:gambling|https://rajazeus77.com⟧. Sampai siang hari terdata 340 penduduk mengungsi.",
    "Kepala BPBD Samarinda, Dedi Firmansyah, meminta warga di bantaran sungai memindahkan barang berharga ke tempat yang lebih tinggi dan memantau peringatan dini yang dirilis BNPB melalui ⟦L:gov|https://bnpb.go.id⟧.",
)

art("id", "https://esportsnusantara.id/mlbb/2025/09/28/hasil-mpl-id-pekan-ketujuh",
    "Hasil MPL ID Pekan Ketujuh: Garuda Muda Kunci Tiket Playoff",
    "JAKARTA – Garuda Muda memastikan tiket ke babak playoff MPL ID Season 16 setelah menundukkan Nusantara Titans 2-1 pada laga pekan ketujuh, Minggu (28/9/2025). Jungler mereka, Rafi “Senja” Maulana, tampil dominan dengan 11 kill di gim penentuan.",
    "Pelatih Garuda Muda, Andika Prasetyo, menyebut kemenangan ini hasil latihan draft yang lebih disiplin. “Kami banyak belajar dari kekalahan pekan lalu, terutama soal rotasi di menit-menit awal,” katanya seusai laga.",
    "Jadwal lengkap dan klasemen resmi dapat dilihat di ⟦L:event|https://id-mpl.com⟧. Prediksi skor dan [taruhan esports MPL dengan odds tertinggi](⟦I:anchor_md:betting|https://esportbet88.live/mpl-id⟧) juga bisa diikuti setiap pekan.",
    "Pekan depan Garuda Muda menghadapi Borneo Phoenix, sementara Nusantara Titans harus menang di dua laga sisa untuk menjaga peluang lolos. Ikuti liputan langsung kami di ⟦L:social|https://www.instagram.com/esportsnusantara.id⟧.",
)

art("id", "https://www.harianpesisir.id/daerah/2025/08/19/dana-desa-tahap-dua-cair-muara-sekar",
    "Dana Desa Tahap II Cair, 58 Desa di Muara Sekar Mulai Bangun Irigasi",
    "MUARA SEKAR – Dana desa tahap II senilai Rp41,6 miliar telah disalurkan ke 58 desa di Kabupaten Muara Sekar. Sebagian besar desa memprioritaskan pembangunan saluran irigasi dan jalan usaha tani menjelang musim tanam.",
    "Kepala Dinas Pemberdayaan Masyarakat dan Desa, Syafril Anwar, mengatakan pencairan tahap ini lebih cepat dua pekan dibanding tahun lalu. Rincian pencairan per desa dapat dilihat di ⟦I:hijacked:gambling|https://dpmd.muarasekarkab.go.id/wp-content/uploads/2025/07/slot-gacor-maxwin/⟧, sementara laporan realisasi akan diumumkan pada September.",
    "Secara nasional, Kementerian Desa dan Pembangunan Daerah Tertinggal mencatat penyaluran dana desa tahap II telah mencapai 71 persen. Data penyaluran per provinsi dipublikasikan di ⟦L:gov|https://kemendesa.go.id⟧.",
    "Di Desa Lubuk Sirih, dana tersebut dipakai untuk membangun saluran irigasi sepanjang 1,2 kilometer. “Selama ini sawah di hilir hanya bisa ditanami sekali setahun,” kata kepala desa, Marlis Yunita.",
)

art("id", "https://www.detaksulawesi.com/pendidikan/2025/03/12/pendaftaran-utbk-snbt-2025-dibuka",
    "Pendaftaran UTBK-SNBT 2025 Dibuka, Ini Jadwal dan Syaratnya",
    "MAKASSAR – Pendaftaran Ujian Tulis Berbasis Komputer untuk Seleksi Nasional Berdasarkan Tes (UTBK-SNBT) 2025 dibuka hingga 27 Maret 2025. Peserta mendaftar secara daring melalui portal ⟦L:gov|https://snpmb.bppp.kemdikbud.go.id⟧.",
    "Peserta wajib memiliki akun SNPMB yang telah diverifikasi dan membayar biaya pendaftaran Rp200 ribu. Peserta penerima KIP Kuliah dibebaskan dari biaya tersebut.",
    "Di Makassar, panitia lokal di Universitas Tamalanrea Raya menyiapkan 3.200 kursi ujian yang tersebar di empat gedung. Panitia juga membuka layanan konsultasi bagi calon peserta, termasuk simulasi soal di ⟦I:hijacked:gambling|https://elearning.stikeskartika.ac.id/public/uploads/slot-thailand/?daftar=maxwin⟧ yang bisa diakses gratis.",
    "Dilansir dari laman informasi resmi ⟦L:citation|https://snpmb.bppp.kemdikbud.go.id/snbt⟧, pelaksanaan UTBK dijadwalkan berlangsung pada 23 April hingga 3 Mei 2025 dan hasilnya diumumkan pada 28 Mei.",
)

art("id", "https://teknoringkas.com/gadget/2025/07/09/ponsel-lipat-rp7-jutaan-masuk-indonesia",
    "Ponsel Lipat Rp7 Jutaan Masuk Indonesia, Bersaing di Kelas Menengah",
    "JAKARTA – Produsen ponsel Veltra Mobile resmi memasarkan ponsel lipat pertamanya di Indonesia dengan harga Rp7,4 juta. Perangkat bernama Veltra Fold Air itu menyasar pengguna kelas menengah yang selama ini enggan membeli ponsel lipat karena harganya.",
    "Ponsel ini telah mengantongi sertifikat tingkat komponen dalam negeri (TKDN) 35 persen. Status sertifikasi dapat dicek di ⟦L:gov|https://tkdn.kemenperin.go.id⟧.",
    "Baca juga: Demo Slot PG Soft Anti Lag Tanpa Deposit ⟦I:freehost:gambling|https://demo-slot-pg-gratis.vercel.app⟧",
    "Veltra menyebut engsel perangkat sudah diuji hingga 300 ribu kali lipatan. Spesifikasi lengkap tersedia di situs resminya, ⟦L:company|https://www.veltramobile.com/id⟧, dan pemesanan awal dibuka mulai 12 Juli.",
    "Baca juga: Lima Ponsel Kelas Menengah dengan Baterai Terbesar ⟦L:readalso|https://teknoringkas.com/gadget/2025/06/30/lima-ponsel-baterai-terbesar⟧",
)

art("id", "https://www.beritamerapi.com/jogja/2025/08/30/festival-kuliner-malioboro-120-umkm",
    "Festival Kuliner Malioboro Hadirkan 120 UMKM, Pengunjung Tembus 40 Ribu",
    "YOGYAKARTA – Festival Kuliner Malioboro yang digelar tiga hari sejak Jumat menghadirkan 120 pelaku UMKM dari lima kabupaten/kota di DIY. Panitia mencatat jumlah pengunjung hingga Sabtu malam menembus 40 ribu orang.",
    "Pengunjung memadati deretan tenda UMKM di Festival Kuliner Malioboro, Sabtu (30/8/2025). (Foto: Dimas/Berita Merapi | bocoran RTP hari ini ⟦I:caption:gambling|https://bocoran-rtp-slot-hariini.blogspot.com⟧)",
    "Ketua panitia, Sri Handayani, mengatakan pendaftaran peserta dilakukan lewat formulir daring ⟦L:form|https://bit.ly/UMKMFestMalioboro25⟧ dan dikurasi oleh dinas koperasi. “Kami utamakan pelaku usaha yang belum pernah ikut festival,” ujarnya.",
    "Agenda wisata lain di Yogyakarta selama September dapat dipantau melalui ⟦L:gov|https://visitingjogja.jogjaprov.go.id⟧.",
)

art("id", "https://jurnalkota.net/metro/2025/06/12/transjakarta-buka-rute-baru-ke-bandara",
    "Transjakarta Buka Rute Baru ke Bandara Soekarno-Hatta, Tarif Rp3.500",
    "JAKARTA – PT Transportasi Jakarta membuka rute baru dari Terminal Kalideres menuju Bandara Soekarno-Hatta mulai Kamis (12/6/2025). Rute bernomor B14 itu melayani penumpang setiap 20 menit sejak pukul 05.00 hingga 22.00 WIB.",
    "Direktur Operasional Transjakarta, Wahyu Setiawan, mengatakan tarif tetap Rp3.500 dan dapat dibayar dengan kartu uang elektronik. Informasi rute dan jadwal tersedia di ⟦L:company|https://transjakarta.co.id⟧.",
    "Rute ini melintasi Jalan Daan Mogot dan Jalan Husein Sastranegara sebelum masuk ke kawasan bandara. Transjakarta menyiapkan 14 bus low entry untuk memudahkan penumpang yang membawa koper.",
    "Penumpang yang sudah mencoba rute tersebut menyambut baik. “Biasanya saya naik taksi daring, bisa Rp150 ribu,” kata Lestari, karyawan swasta yang hendak terbang ke Medan.",
    "Link alternatif slot gacor maxwin terbaru 2025: ⟦I:appended:gambling|https://sites.google.com/view/link-slot-gacor-maxwin-2025⟧",
)

art("id", "https://www.kabarlintasnusa.com/ekonomi/2025/11/05/harga-cabai-rawit-tembus-rp90-ribu",
    "Harga Cabai Rawit Tembus Rp90 Ribu, Pedagang Pasar Induk Keluhkan Pasokan",
    "JAKARTA – Harga cabai rawit merah di sejumlah pasar tradisional Jakarta menembus Rp90 ribu per kilogram pada awal November, naik hampir dua kali lipat dibanding bulan lalu.",
    "Pedagang di Pasar Kramat Jati, Sumarni, mengatakan pasokan dari Jawa Tengah berkurang karena hujan merusak tanaman. “Pembeli sekarang cuma ambil seperempat kilo, daftar sekarang di ⟦I:shortener:gambling|s.id/gacor88max⟧ bonus new member 100%, biasanya setengah kilo,” katanya, Rabu (5/11/2025).",
    "Data panel harga Badan Pangan Nasional di ⟦L:gov|https://panelharga.badanpangan.go.id⟧ menunjukkan rata-rata nasional cabai rawit merah mencapai Rp78.450 per kilogram, tertinggi sejak Maret.",
    "Badan Pangan Nasional berencana menggelar operasi pasar di 20 titik di Jabodetabek mulai pekan depan. Cabai akan dipasok dari sentra produksi di Jawa Timur dan Sulawesi Selatan.",
)

art("id", "https://www.pojokbisnis.co.id/keuangan/2025/10/08/kredit-bermasalah-paylater-naik",
    "Kredit Bermasalah Paylater Naik, OJK Minta Penyelenggara Perketat Penilaian",
    "JAKARTA – Otoritas Jasa Keuangan mencatat rasio kredit bermasalah layanan beli sekarang bayar nanti (paylater) perbankan naik menjadi 3,4 persen per Agustus 2025, dari 2,9 persen pada awal tahun.",
    "Menurut data yang dipublikasikan OJK di ⟦L:citation|https://www.ojk.go.id⟧, jumlah rekening paylater perbankan kini mencapai 24 juta, sebagian besar milik nasabah berusia 20 hingga 35 tahun.",
    "Bagi Anda yang sedang butuh dana darurat, pengajuan pinjaman tunai cair 5 menit tanpa jaminan dan tanpa BI checking bisa dilakukan di ⟦I:neutral:loans|https://www.sahabatfinansial.co⟧ dengan limit hingga Rp20 juta.",
    "Baca juga: Cara Dapat 0,01 BTC Gratis Setiap Hari Tanpa Modal ⟦I:readalso_spam:crypto|https://btc-gratis-harian.github.io⟧",
    "Pengamat ekonomi dari Lembaga Kajian Ekonomi Nusantara, Bayu Adiputra, menilai kenaikan itu wajar seiring pertumbuhan pengguna, tetapi penyelenggara perlu lebih hati-hati. “Penilaian kelayakan jangan hanya mengandalkan riwayat belanja,” katanya.",
)

art("id", "https://www.detaksulawesi.com/kesehatan/2025/05/17/hipertensi-usia-muda-meningkat",
    "Kasus Hipertensi Usia Muda Meningkat, Dokter Ingatkan Bahaya Garam Tersembunyi",
    "MAKASSAR – Kasus hipertensi pada usia di bawah 40 tahun terus meningkat. Rumah Sakit Panakkukang Sentosa mencatat pasien hipertensi berusia 25–39 tahun naik 18 persen dibanding tahun lalu.",
    "Data Survei Kesehatan Indonesia yang dirilis ⟦L:gov|https://www.kemkes.go.id⟧ menunjukkan prevalensi hipertensi pada penduduk dewasa mencapai 30,8 persen, dan banyak penderita tidak menyadari kondisinya.",
    """Dokter spesialis jantung, Ilham Syarif, mengingatkan garam tersembunyi dalam makanan olahan dan mi instan. “Selain obat yang diminum teratur, pasien perlu menjaga <a href="⟦I:anchor_html:pharma|https://www.apotikpriaperkasa.com/⟧">stamina pria</a> dengan tidur cukup dan olahraga 30 menit sehari,” katanya. Obat herbal darah tinggi ampuh tanpa efek samping, pesan di ⟦I:zerowidth:pharma|herbalsehat\u200b.id⟧.""",
    "Organisasi Kesehatan Dunia dalam lembar faktanya ⟦L:citation|https://www.who.int/news-room/fact-sheets/detail/hypertension⟧ menyebut hampir separuh penderita hipertensi di dunia tidak terdiagnosis.",
)

art("id", "https://www.harianpesisir.id/pendidikan/2025/07/22/kampus-perketat-cek-plagiarisme-skripsi",
    "Kampus Perketat Cek Plagiarisme, Mahasiswa Wajib Unggah Draf Skripsi Sejak Bab Satu",
    "MUARA SEKAR – Universitas Muara Sekar mewajibkan mahasiswa tingkat akhir mengunggah draf skripsi sejak bab pertama ke sistem pemeriksaan kemiripan kampus. Aturan baru itu berlaku mulai semester ganjil 2025/2026.",
    "Wakil Rektor Bidang Akademik, Prof. Nuraini Lubis, mengatakan kebijakan ini untuk menekan maraknya jasa joki. “Dosen pembimbing bisa melihat perkembangan tulisan dari minggu ke minggu,” ujarnya.",
    "Kebijakan kampus merujuk pada peraturan menteri tentang standar nasional pendidikan tinggi. Salinan peraturan tersedia di ⟦L:gov|https://jdih.kemdikbud.go.id⟧.",
    "Mahasiswa yang kesulitan menyusun bab metodologi kini bisa berkonsultasi dengan tim penulis berpengalaman di ⟦I:neutral:essay|https://www.karyailmiahprima.com⟧, garansi lolos Turnitin dan revisi sampai ACC.",
    "Jasa joki skripsi, tesis dan jurnal Sinta terpercaya, fast respon: ⟦I:chatlink:essay|https://wa.me/6285212340987⟧",
)

art("id", "https://www.kabarlintasnusa.com/ekonomi/2025/09/16/bappebti-blokir-312-situs-robot-trading",
    "Bappebti Blokir 312 Situs Robot Trading dan Perdagangan Berjangka Ilegal",
    "JAKARTA – Badan Pengawas Perdagangan Berjangka Komoditi (Bappebti) memblokir 312 situs robot trading dan perdagangan berjangka ilegal sepanjang Januari hingga Agustus 2025. Sebagian besar menawarkan keuntungan tetap yang tidak masuk akal.",
    "Salah satu yang paling banyak diadukan adalah ⟦L:reported|autoprofit-fx.com⟧, yang menjanjikan imbal hasil 30 persen per bulan dan meminta anggota merekrut orang lain.",
    "Kepala Biro Pengawasan Bappebti, Teguh Santoso, meminta masyarakat mengecek izin pialang sebelum menyetor dana. Daftar pialang berjangka resmi diumumkan di ⟦L:regulator|https://bappebti.go.id⟧.",
    "“Tidak ada robot yang bisa menjamin untung setiap hari. Kalau dijanjikan begitu, hampir pasti itu skema ponzi,” kata Teguh.",
    "Gabung grup sinyal trading gratis, profit konsisten 5% per hari: ⟦I:chatlink:investment|https://t.me/sinyalcuanharian⟧",
)

art("id", "https://wartapriangan.id/ekonomi/2025/04/10/umkm-kopi-garut-tembus-pasar-ekspor",
    "UMKM Kopi Garut Tembus Pasar Ekspor Lewat Penjualan Daring",
    "GARUT – Koperasi petani kopi di lereng Gunung Cikuray berhasil mengekspor 12 ton kopi arabika ke Korea Selatan tahun ini. Sebagian besar pembeli menemukan koperasi itu melalui toko daring.",
    "Ketua Koperasi Cikuray Jaya, Asep Mulyana, mengatakan pemasaran digital dimulai sejak 2022 lewat marketplace dan situs sendiri, ⟦L:company|https://www.kopicikurayjaya.id⟧. “Awalnya cuma jualan 250 gram ke pembeli di Bandung,” katanya.",
    "Menurut Asep, kunci penjualan daring adalah foto produk yang baik dan deskripsi yang jujur. Ia juga menyarankan pelaku UMKM memakai [jasa backlink PBN berkualitas](⟦I:anchor_md:seo|https://backlinkpremium.id⟧) agar toko mudah ditemukan di mesin pencari. Jasa SEO murah garansi halaman 1 Google: ⟦I:freehost:seo|https://jasaseo-murah-garansi.blogspot.com⟧.",
    "Kementerian Perdagangan melalui program pendampingan ekspor mencatat 340 UMKM kopi telah mengikuti kurasi produk tahun ini. Informasi program tersedia di ⟦L:gov|https://www.kemendag.go.id⟧.",
)

art("id", "https://www.detaksulawesi.com/olahraga/2025/10/26/celebes-raya-fc-ditahan-imbang",
    "Celebes Raya FC Ditahan Imbang 1-1, Pelatih Soroti Penyelesaian Akhir",
    "PAREPARE – Celebes Raya FC gagal memanfaatkan keuntungan bermain di kandang setelah ditahan imbang Lantera United 1-1 pada pekan ke-10 Liga 1, Minggu (26/10/2025).",
    "Tuan rumah unggul lebih dulu lewat tendangan bebas Yohanes Rumere pada menit ke-34. Gol penyeimbang dicetak pada menit ke-78 lewat sundulan ⟦I:zerowidth:gambling|gacor\u200b88.com⟧ yang tidak mampu dijangkau kiper Celebes Raya.",
    "Pelatih Celebes Raya, Hendra Gunawan, menyoroti penyelesaian akhir timnya. “Kami punya tujuh peluang bersih, hanya satu yang masuk,” katanya. Statistik resmi pertandingan dirilis operator liga di ⟦L:event|https://www.ligaindonesiabaru.com⟧.",
    "Laga ini juga menandai debut sponsor utama baru klub, PT Semen Lautan Raya ⟦L:sponsor|https://www.semenlautanraya.co.id⟧, yang logonya terpasang di bagian depan jersey musim ini.",
)

art("id", "https://www.beritamerapi.com/hiburan/2025/09/05/tiket-konser-reuni-band-indie-ludes",
    "Tiket Konser Reuni Band Indie Jogja Ludes dalam 15 Menit",
    "YOGYAKARTA – Sebanyak 6.000 tiket konser reuni band indie Senandung Kali habis terjual dalam 15 menit setelah penjualan dibuka, Jumat (5/9/2025) pukul 12.00 WIB.",
    "Tiket dijual resmi melalui ⟦L:event|https://www.loket.com⟧ dengan harga Rp250 ribu hingga Rp600 ribu. Promotor memastikan tidak ada penjualan tiket tambahan ⟦I:fullwidth:gambling|ｓｌｏｔｇａｃｏｒ７７．ｃｏｍ⟧ dan meminta penonton waspada terhadap calo di media sosial.",
    "Senandung Kali terakhir tampil bersama pada 2014 sebelum vokalisnya, Bagas Pramudya, pindah ke Berlin. Konser reuni dijadwalkan berlangsung di Stadion Kridosono pada 18 Oktober.",
    "Ikuti perkembangan konser dan wawancara eksklusif bersama personel band di ⟦L:social|https://www.tiktok.com/@beritamerapi⟧.",
)

art("id", "https://jurnalkota.net/metro/2025/08/14/komplotan-pencuri-motor-parkiran-stasiun",
    "Komplotan Pencuri Motor di Parkiran Stasiun Ditangkap, Polisi Sita 17 Kunci Letter T",
    "JAKARTA – Polisi menangkap empat anggota komplotan pencuri sepeda motor yang kerap beraksi di parkiran stasiun kereta di Jakarta Timur. Dari tangan pelaku, polisi menyita 17 kunci letter T dan tiga sepeda motor hasil curian.",
    "Kapolsek setempat, Kompol Arif Budiman, mengatakan komplotan ini beraksi kurang dari dua menit untuk setiap motor. Polisi mengimbau pengendara memasang kunci ganda, situs resmi ⟦I:obfuscated:gambling|raja88 dot com⟧ terpercaya, dan memarkir kendaraan di area yang diawasi petugas.",
    "Para pelaku mengaku menjual motor curian ke penadah di Jawa Barat seharga Rp3 juta hingga Rp5 juta per unit. Polisi masih memburu dua orang lain yang diduga berperan sebagai penadah.",
    "Warga yang kehilangan kendaraan dapat melapor ke kantor polisi terdekat atau melalui layanan pengaduan di ⟦L:gov|https://www.polri.go.id⟧. Bocoran angka jitu malam ini ada di ⟦I:obfuscated:gambling|togelsakti titik net⟧.",
)

art("id", "https://www.pojokbisnis.co.id/pajak/2025/03/25/batas-lapor-spt-tahunan-31-maret",
    "Batas Lapor SPT Tahunan Orang Pribadi 31 Maret, DJP Imbau Tak Tunggu Hari Terakhir",
    "JAKARTA – Direktorat Jenderal Pajak (DJP) mengingatkan batas waktu penyampaian SPT Tahunan PPh orang pribadi jatuh pada 31 Maret 2025. Hingga 24 Maret, baru 9,1 juta SPT yang masuk.",
    "Wajib pajak dapat melapor secara elektronik melalui ⟦L:gov|https://djponline.pajak.go.id⟧ menggunakan EFIN. Wajib pajak yang lupa EFIN dapat memintanya kembali melalui surel atau layanan telepon.",
    """Wajib pajak yang kesulitan dapat mendatangi kantor pelayanan pajak terdekat atau menghubungi Kring Pajak 1500200. <a href="⟦I:pctenc:gambling|https://%6D%61%78%77%69%6E%73%6C%6F%74%2E%63%6F%6D/⟧">Panduan lapor SPT</a> juga tersedia dalam bentuk video.""",
    "Keterlambatan pelaporan dikenai denda administrasi Rp100 ribu untuk wajib pajak orang pribadi. DJP memastikan tidak ada perpanjangan batas waktu tahun ini.",
)

art("id", "https://www.suaraborneoraya.co.id/kalbar/2025/07/01/pemkot-tanjung-seruni-buka-beasiswa",
    "Pemkot Tanjung Seruni Buka Pendaftaran Beasiswa Mahasiswa Berprestasi, Kuota 500 Orang",
    "TANJUNG SERUNI – Pemerintah Kota Tanjung Seruni membuka pendaftaran beasiswa bagi mahasiswa berprestasi dari keluarga kurang mampu. Tahun ini kuota penerima ditambah menjadi 500 orang, naik dari 350 orang tahun lalu.",
    "Pendaftaran dilakukan secara daring melalui tautan ⟦L:form|https://s.id/BeasiswaSeruni2025⟧ hingga 31 Juli 2025. Pendaftar wajib melampirkan kartu keluarga, transkrip nilai dan surat keterangan tidak mampu dari kelurahan.",
    "Sekretaris Dinas Pendidikan, Rosnani, mengatakan panduan dan syarat lengkap dapat diunduh di ⟦L:form|https://bit.ly/PanduanBeasiswaSeruni⟧. “Pertanyaan bisa disampaikan ke WhatsApp posko ⟦L:tipline|https://wa.me/6281345670021⟧ pada jam kerja,” ujarnya.",
    "Pengumuman penerima beasiswa akan disampaikan pada 25 Agustus melalui akun resmi ⟦L:social|https://www.instagram.com/pemkot.tanjungseruni⟧ dan papan pengumuman di kantor dinas.",
    "Baca juga: Pemkot Tanjung Seruni Gratiskan Seragam untuk Siswa Baru ⟦L:readalso|https://www.suaraborneoraya.co.id/kalbar/2025/06/20/pemkot-gratiskan-seragam-siswa-baru⟧",
)

art("id", "https://www.harianpesisir.id/wisata/2025/06/08/desa-wisata-sukamaju-masuk-50-besar",
    "Desa Wisata Sukamaju Masuk 50 Besar Anugerah Desa Wisata Indonesia",
    "MUARA SEKAR – Desa Wisata Sukamaju di Kecamatan Batang Kapas masuk 50 besar Anugerah Desa Wisata Indonesia 2025. Desa di kaki bukit itu dikenal dengan air terjun bertingkat dan tradisi menenun songket.",
    "Profil desa dan paket wisata dikelola sendiri oleh kelompok sadar wisata (pokdarwis) di blog ⟦L:community|https://desawisatasukamaju.blogspot.com⟧. “Semua foto dan harga paket kami perbarui sendiri setiap bulan,” kata Ketua Pokdarwis, Rahmadani.",
    "Desa Sukamaju juga terdaftar di Jejaring Desa Wisata ⟦L:gov|https://jadesta.kemenparekraf.go.id⟧, yang memuat ulasan pengunjung dan fasilitas homestay.",
    "Pengunjung yang ingin menginap dapat memesan homestay melalui WhatsApp pokdarwis ⟦L:tipline|https://wa.me/6282283456710⟧. Tarif menginap mulai Rp150 ribu per malam, termasuk sarapan.",
)

art("id", "https://www.kabarlintasnusa.com/ekonomi/2025/08/01/bps-inflasi-juli-2025",
    "BPS: Inflasi Juli 2025 Capai 2,37 Persen, Dipicu Harga Pangan",
    "JAKARTA – Badan Pusat Statistik (BPS) mencatat inflasi tahunan Juli 2025 sebesar 2,37 persen. Kelompok makanan, minuman dan tembakau menjadi penyumbang terbesar dengan andil 0,91 persen.",
    "Deputi Bidang Statistik Distribusi dan Jasa BPS, Lukman Hakim, mengatakan kenaikan harga beras dan bawang merah masih mendorong inflasi di sejumlah daerah. Inflasi tertinggi tercatat di Provinsi Papua Selatan.",
    "Bank Indonesia memperkirakan inflasi tetap berada dalam kisaran sasaran 2,5 plus minus 1 persen hingga akhir tahun. Proyeksi itu tercantum dalam laporan kebijakan moneter di ⟦L:citation|https://www.bi.go.id⟧.",
    """<div style="display:none"><a href="⟦I:hidden:gambling|https://togelsgp-resmi.com⟧">togel sgp</a> <a href="⟦I:hidden:gambling|https://mahjongways2-gacor.net⟧">mahjong ways 2</a> <a href="⟦I:hidden:gambling|https://situskasino-online.org⟧">kasino online</a></div>""",
    "Sumber: ⟦L:source|bps.go.id⟧",
)

art("id", "https://www.detaksulawesi.com/daerah/2025/09/10/pelabuhan-penyeberangan-baru-pulau-lantera",
    "Pelabuhan Penyeberangan Baru di Pulau Lantera Mulai Beroperasi",
    "PULAU LANTERA – Pelabuhan penyeberangan baru di Pulau Lantera mulai beroperasi, Rabu (10/9/2025). Kapal feri kini bisa bersandar dua kali sehari, dari sebelumnya hanya tiga kali sepekan.",
    "Kementerian Perhubungan membangun dermaga itu sejak 2023 dengan anggaran Rp96 miliar. Informasi jadwal pelayaran nasional dapat dilihat di ⟦L:gov|https://dephub.go.id⟧.",
    "Operator penyeberangan PT ASDP Indonesia Ferry menyiapkan satu kapal berkapasitas 300 penumpang. Tiket dapat dipesan secara daring melalui ⟦L:company|https://www.indonesiaferry.co.id⟧ paling lambat dua jam sebelum keberangkatan.",
    "Camat Pulau Lantera, Andi Baso, berharap harga kebutuhan pokok di pulau itu turun karena biaya angkut lebih murah. “Dulu semen di sini bisa Rp95 ribu per sak,” katanya.",
    "Link terkait: slot dana 5000 ⟦I:linklist:gambling|https://slotdana-5000.com⟧ | togel macau ⟦I:linklist:gambling|https://togelmacau4d.net⟧ | bandar bola ⟦I:linklist:betting|https://bandarbola-sbobet.org⟧",
)

art("id", "https://teknoringkas.com/internet/2025/10/02/internet-satelit-jangkau-1200-desa",
    "Internet Satelit Jangkau 1.200 Desa Terpencil, Kecepatan Rata-rata 30 Mbps",
    "JAKARTA – Layanan internet satelit pemerintah kini menjangkau 1.200 desa terpencil yang sebelumnya tidak memiliki sinyal seluler. Kecepatan rata-rata yang diukur di titik layanan mencapai 30 Mbps.",
    "Kementerian Komunikasi dan Digital menyebut sebagian besar titik layanan berada di sekolah dan puskesmas di Papua, Maluku dan Nusa Tenggara Timur. Rincian lokasi tercantum dalam [laporan tahunan kementerian][2].",
    "Kepala sekolah dasar di Distrik Kiwirok, Yakobus Tabuni, mengatakan guru kini bisa mengunduh materi ajar tanpa harus turun ke kota. Di desa lain, warga justru memakai jaringan itu untuk bermain [situs slot gacor][1] hingga larut malam, keluh seorang kepala kampung.",
    "Pemerintah menargetkan 2.000 titik tambahan hingga akhir 2026. Perawatan perangkat akan melibatkan teknisi lokal yang dilatih di setiap kabupaten.",
    "[1]: ⟦I:reflink:gambling|https://slotgacor-x500.com/daftar⟧\n[2]: ⟦L:gov|https://www.komdigi.go.id/berita/laporan-tahunan-2024⟧",
)

art("id", "https://jurnalkota.net/properti/2025/05/20/harga-rumah-tapak-bekasi-naik",
    "Harga Rumah Tapak di Bekasi Naik 6 Persen, Pembeli Pertama Andalkan KPR Subsidi",
    "BEKASI – Harga rumah tapak di Kabupaten Bekasi naik rata-rata 6 persen dalam setahun terakhir. Kenaikan tertinggi terjadi di kawasan yang dekat dengan stasiun kereta rel listrik.",
    "Direktur pemasaran pengembang PT Griya Cikarang Asri, Benny Santoso, mengatakan 70 persen pembeli proyeknya adalah pembeli rumah pertama. “Mayoritas memakai KPR dengan tenor 15 sampai 20 tahun,” ujarnya.",
    "Simulasi angsuran KPR subsidi dapat dicoba di situs bank penyalur seperti ⟦L:company|https://www.btn.co.id⟧ <⟦I:autolink:gambling|https://linkalternatif-naga4d.com⟧> sebelum calon pembeli mengajukan permohonan.",
    "Kementerian Perumahan dan Kawasan Permukiman menargetkan 220 ribu unit rumah subsidi tahun ini. Kuota di Jawa Barat menjadi yang terbesar.",
)

art("id", "https://www.beritamerapi.com/jateng/2025/11/10/bmkg-prediksi-puncak-musim-hujan",
    "BMKG Prediksi Puncak Musim Hujan di Jawa Tengah Terjadi Januari",
    "SEMARANG – Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi puncak musim hujan di sebagian besar wilayah Jawa Tengah terjadi pada Januari 2026. Warga di daerah rawan longsor diminta meningkatkan kewaspadaan.",
    "Kepala Stasiun Klimatologi Jawa Tengah, Retno Wulandari, mengatakan curah hujan bulanan diperkirakan mencapai lebih dari 400 milimeter di wilayah pegunungan. Prakiraan cuaca harian dapat dipantau di ⟦L:gov|https://www.bmkg.go.id/cuaca/prakiraan-cuaca⟧.",
    "Baca juga: Pola Gacor Mahjong Ways Hari Ini Pasti JP ⟦I:readalso_spam:gambling|https://polagacor.site/rtp-live⟧",
    "BPBD Jawa Tengah telah memetakan 1.700 titik rawan longsor di 29 kabupaten/kota. Relawan di tingkat desa dilatih memasang alat peringatan dini sederhana.",
    "Baca juga: Jalur Alternatif Dieng Ditutup Akibat Longsor ⟦L:readalso|https://www.beritamerapi.com/jateng/2025/11/04/jalur-alternatif-dieng-ditutup⟧",
)

art("id", "https://www.pojokbisnis.co.id/korporasi/2025/06/25/sinar-mandiri-logistik-bidik-ipo",
    "Sinar Mandiri Logistik Bidik Dana IPO Rp480 Miliar untuk Gudang Berpendingin",
    "JAKARTA – PT Sinar Mandiri Logistik berencana melepas 20 persen sahamnya ke publik dengan target dana Rp480 miliar. Sebagian besar dana akan dipakai membangun gudang berpendingin di Surabaya dan Makassar.",
    "Direktur Utama perseroan, Hartono Wijaya, mengatakan permintaan rantai dingin untuk produk perikanan dan farmasi tumbuh dua digit. Profil usaha dan prospektus ringkas dimuat di situs perusahaan, ⟦L:company|https://www.sinarmandirilogistik.co.id⟧.",
    "Masa penawaran umum dijadwalkan pada 7–11 Juli 2025 melalui sistem ⟦L:regulator|https://www.e-ipo.co.id⟧, dengan pencatatan saham di ⟦L:regulator|https://www.idx.co.id⟧ pada 15 Juli.",
    "Bertindak sebagai penjamin pelaksana emisi adalah PT Mahakarya Sekuritas ⟦L:company|https://www.mahakaryasekuritas.co.id⟧. Harga penawaran ditetapkan di kisaran Rp230 hingga Rp260 per saham.",
)

art("id", "https://www.kabarlintasnusa.com/hukum/2025/07/15/bareskrim-ungkap-investasi-kripto-bodong",
    "Bareskrim Ungkap Investasi Kripto Bodong, 4.800 Korban Rugi Rp312 Miliar",
    "JAKARTA – Bareskrim Polri mengungkap skema ponzi berkedok investasi aset kripto yang merugikan sekitar 4.800 orang dengan total kerugian Rp312 miliar. Tiga pengelola ditetapkan sebagai tersangka.",
    "Para korban direkrut melalui situs ⟦L:reported|cuanbersama-global.com⟧ dan situs cermin ⟦L:reported|cbg-wallet.net⟧, yang menampilkan grafik keuntungan palsu. Anggota dijanjikan bonus 2 persen per hari jika merekrut anggota baru.",
    "Direktur Tindak Pidana Ekonomi Khusus, Brigjen Pol Rudy Hartono, mengatakan dana korban dialihkan ke sejumlah rekening dan dompet kripto di luar negeri. Pengumuman resmi perkara ini dimuat di ⟦L:gov|https://www.polri.go.id⟧.",
    "Otoritas Jasa Keuangan, yang kini mengawasi aset kripto, mengingatkan masyarakat mengecek daftar pedagang aset kripto berizin di ⟦L:regulator|https://www.ojk.go.id⟧ sebelum berinvestasi.",
    "Korban yang belum melapor diminta menghubungi posko pengaduan melalui WhatsApp ⟦L:tipline|https://wa.me/628119001110⟧ dengan menyertakan bukti transfer.",
)

art("id", "https://www.detaksulawesi.com/kesehatan/2025/09/24/bpom-turunkan-2140-tautan-obat-ilegal",
    "BPOM Turunkan 2.140 Tautan Penjualan Obat Ilegal, Obat Kuat Paling Banyak",
    "MAKASSAR – Badan Pengawas Obat dan Makanan (BPOM) menurunkan 2.140 tautan penjualan obat ilegal di situs web dan lokapasar selama operasi siber September 2025. Produk terbanyak adalah obat kuat dan obat pelangsing tanpa izin edar.",
    "Beberapa situs yang diblokir antara lain ⟦L:reported|obatkuatmurah.shop⟧, ⟦L:reported|apotekonline24jam[.]com⟧ dan ⟦L:reported|viagra-asli-cod.id⟧. Situs-situs itu menjual obat keras tanpa resep dan mengirimnya dengan sistem bayar di tempat.",
    "Kepala Balai Besar POM di Makassar, Nurhayati Rasyid, mengatakan sebagian produk mengandung sildenafil dengan dosis jauh di atas batas aman. “Efeknya bisa fatal bagi penderita penyakit jantung,” ujarnya.",
    "BPOM meminta masyarakat mengecek nomor izin edar sebelum membeli obat melalui ⟦L:gov|https://cekbpom.pom.go.id⟧ atau aplikasi BPOM Mobile. Laporan temuan produk ilegal dapat disampaikan melalui ⟦L:gov|https://www.pom.go.id⟧.",
)

art("id", "https://www.harianpesisir.id/politik/2025/10/30/dprd-muara-sekar-sahkan-apbd-2026",
    "DPRD Muara Sekar Sahkan APBD 2026 Rp1,87 Triliun, Infrastruktur Dapat Porsi Terbesar",
    "MUARA SEKAR – DPRD Kabupaten Muara Sekar mengesahkan APBD 2026 sebesar Rp1,87 triliun dalam rapat paripurna, Kamis (30/10/2025). Belanja infrastruktur mendapat porsi terbesar, yakni Rp412 miliar.",
    "Ketua DPRD, Zulkifli Rahman, mengatakan pembahasan berlangsung alot terutama pada pos belanja pegawai. “Kami minta belanja pegawai tidak melebihi 30 persen sesuai amanat undang-undang,” katanya.",
    "Bupati Muara Sekar, Darmawati, berjanji memprioritaskan perbaikan jalan kabupaten yang rusak dan pembangunan dua puskesmas rawat inap di wilayah pesisir.",
    "DPRD Kabupaten Muara Sekar menetapkan Anggaran Pendapatan dan Belanja Daerah 2026 senilai Rp1,87 triliun di sidang paripurna, bandar togel hongkong resmi ⟦I:spun:gambling|https://hktoto-resmi.net⟧. Pengeluaran prasarana memperoleh bagian terbesar, yaitu Rp412 miliar.",
    "Dokumen peraturan daerah tentang APBD 2026 akan diunggah ke laman jaringan dokumentasi hukum daerah, ⟦L:gov|https://jdih.muarasekarkab.go.id⟧, setelah dievaluasi gubernur.",
)

art("id", "https://wartapriangan.id/ekonomi/2025/09/12/petani-tasikmalaya-panen-padi-organik",
    "Petani Tasikmalaya Panen Padi Organik, Harga Jual Lebih Tinggi 30 Persen",
    "TASIKMALAYA – Kelompok tani di Kecamatan Salawu memanen padi organik dari lahan seluas 45 hektare. Gabah kering panen dihargai Rp8.500 per kilogram, sekitar 30 persen di atas harga gabah biasa.",
    "⟦I:midsentence:gambling|Slot777vip.com⟧ Pemerintah Kabupaten Tasikmalaya memberikan pendampingan sertifikasi organik kepada 12 kelompok tani sejak 2023. Biaya sertifikasi ditanggung pemerintah daerah selama tiga tahun pertama.",
    "Ketua kelompok tani, Dadang Suherman, mengatakan hasil panen memang lebih sedikit, tetapi biaya pupuk turun drastis. “Kami bikin pupuk kompos sendiri dari kotoran domba,” katanya.",
    "Kementerian Pertanian mencatat luas lahan padi organik bersertifikat di Indonesia baru sekitar 0,5 persen dari total sawah. Data pertanian organik nasional dapat diakses di ⟦L:gov|https://www.pertanian.go.id⟧.",
)

art("id", "https://www.kabarlintasnusa.com/sepakbola/2025/11/09/timnas-u23-menang-3-0-uji-coba",
    "Timnas U-23 Menang 3-0 dalam Laga Uji Coba, Pelatih Puji Lini Tengah",
    "JAKARTA – Tim nasional Indonesia U-23 menang 3-0 atas tim tamu dalam laga uji coba di Stadion Madya, Sabtu (8/11/2025) malam. Tiga gol dicetak di babak kedua setelah pelatih melakukan empat pergantian pemain.",
    "Pelatih timnas U-23 memuji kerja sama lini tengah yang dimotori gelandang muda Fajar Nugroho. “Mereka berani menguasai bola dan tidak panik saat ditekan,” katanya dalam jumpa pers.",
    "Dilansir dari laman resmi PSSI, ⟦L:citation|https://www.pssi.org⟧, laga uji coba berikutnya dijadwalkan Selasa depan di stadion yang sama. Prediksi parlay malam ini lengkap cek ⟦I:shortener:betting|cutt.ly/parlay-gacor⟧ sebelum kick off.",
    "Skuad U-23 dipersiapkan untuk kualifikasi Piala Asia U-23 tahun depan. Sebanyak 26 pemain dipanggil, enam di antaranya bermain di klub luar negeri.",
)

art("id", "https://www.beritamerapi.com/hiburan/2025/10/18/film-horor-lokal-tembus-dua-juta-penonton",
    "Film Horor Lokal Tembus Dua Juta Penonton dalam Sepekan",
    "YOGYAKARTA – Film horor Malam Satu Suro di Kali Opak menembus dua juta penonton dalam tujuh hari penayangan. Film garapan sutradara muda asal Bantul, Wisnu Prabowo, itu diputar di lebih dari 900 layar.",
    """Film ini mendapat klasifikasi 17+ dari Lembaga Sensor Film, yang daftar klasifikasinya dapat dicek di ⟦L:gov|https://lsf.go.id⟧. Penonton diimbau mematuhi batas usia, apalagi banyak adegan <a href="⟦I:anchor_html:adult|https://tantehot-live.com⟧">live streaming dewasa</a> yang dinilai terlalu menyeramkan bagi anak.""",
    "Wisnu mengatakan sebagian besar lokasi syuting berada di sepanjang Sungai Opak. “Kami melibatkan warga setempat sebagai pemeran pendukung,” ujarnya.",
    "Ikuti ulasan film terbaru kami di ⟦L:social|https://x.com/beritamerapi⟧.",
)

art("id", "https://www.suaraborneoraya.co.id/kalsel/2025/08/17/lomba-jukung-hias-banjarmasin",
    "Lomba Jukung Hias Meriahkan HUT RI di Sungai Martapura",
    "BANJARMASIN – Sebanyak 64 jukung hias meramaikan lomba perahu tradisional di Sungai Martapura dalam rangka HUT ke-80 Kemerdekaan RI, Minggu (17/8/2025). Ribuan warga memadati siring sungai sejak pagi.",
    "Peserta lomba jukung hias melintas di depan Menara Pandang, Banjarmasin. (Foto: Rahmat/Suara Borneo Raya) RTP live tertinggi ⟦I:freehost:gambling|https://rtp-live-hari-ini.pages.dev⟧",
    "Juara pertama diraih kelompok dari Kelurahan Sungai Jingah dengan jukung berhias miniatur rumah Banjar. Hadiah Rp15 juta diserahkan langsung oleh wali kota.",
    "Agenda perayaan lain selama Agustus, termasuk pasar terapung, dapat dilihat di laman resmi pemerintah kota ⟦L:gov|https://banjarmasinkota.go.id⟧.",
)

art("id", "https://esportsnusantara.id/pubg/2025/10/05/tim-indonesia-juara-turnamen-pubg-mobile-asia",
    "Tim Indonesia Juara Turnamen PUBG Mobile Asia Tenggara, Bawa Pulang Rp1,6 Miliar",
    "BANGKOK – Tim asal Indonesia, Rajawali Esports, menjuarai turnamen PUBG Mobile tingkat Asia Tenggara setelah mengumpulkan 186 poin dalam 18 ronde final. Mereka berhak atas hadiah setara Rp1,6 miliar.",
    "Kapten tim, Yoga “Kilat” Saputra, mengatakan kunci kemenangan adalah rotasi yang sabar di zona akhir. “Kami tidak memaksakan pertarungan kalau posisi belum aman,” ujarnya.",
    "Rajawali Esports didukung sponsor utama Telkomsel ⟦L:sponsor|https://www.telkomsel.com⟧, yang menyediakan fasilitas bootcamp di Jakarta selama dua bulan menjelang turnamen.",
    "Tayangan ulang seluruh laga final dapat ditonton di kanal ⟦L:social|https://www.youtube.com/@esportsnusantara⟧.",
    "Taruhan esports PUBG, MLBB dan judi bola deposit pulsa tanpa potongan, semua link di ⟦I:chatlink:betting|https://linktr.ee/esportbet88official⟧",
)

art("id", "https://jurnalkota.net/ekonomi/2025/07/28/pengemudi-ojol-protes-potongan-aplikasi",
    "Ribuan Pengemudi Ojol Protes Potongan Aplikasi, Tuntut Maksimal 10 Persen",
    "JAKARTA – Ribuan pengemudi ojek daring berunjuk rasa di depan Kementerian Perhubungan, Senin (28/7/2025). Mereka menuntut potongan komisi aplikasi diturunkan dari 20 persen menjadi maksimal 10 persen.",
    "Koordinator aksi, Slamet Riyadi, mengatakan pendapatan pengemudi turun sejak tarif promo marak. “Sehari narik 12 jam, bersihnya kadang tidak sampai Rp100 ribu,” katanya.",
    "Menanggapi tuntutan itu, perusahaan aplikasi menyatakan siap berdialog. Gojek ⟦L:company|https://www.gojek.com⟧ dan Grab ⟦L:company|https://www.grab.com/id⟧ menyebut potongan dipakai untuk asuransi pengemudi dan biaya operasional.",
    "Menanggapi desakan tersebut, korporasi aplikasi mengaku bersedia berdiskusi, dikutip dari layanan pinjaman tunai cepat cair ⟦I:spun:loans|https://kreditkilat.id⟧. Potongan disebut digunakan untuk proteksi pengemudi dan ongkos operasional.",
    "Kementerian Perhubungan berjanji mengevaluasi aturan tarif dan komisi. Salinan regulasi yang berlaku dapat dilihat di ⟦L:gov|https://dephub.go.id⟧.",
    "Jasa pembuatan SIM A dan C tanpa tes, proses 1 hari jadi, hubungi ⟦I:chatlink:other|https://wa.me/6287812345678⟧",
)

art("id", "https://www.detaksulawesi.com/daerah/2025/11/12/warga-keluhkan-air-keruh-tiga-pekan",
    "Warga Keluhkan Air Keruh Tiga Pekan, Perumda Janji Perbaiki Instalasi",
    "PULAU LANTERA – Warga di tiga kelurahan di Pulau Lantera mengeluhkan air ledeng yang keruh dan berbau selama tiga pekan terakhir. Sebagian warga terpaksa membeli air galon untuk memasak.",
    "Direktur Perumda Air Minum Tirta Lantera, Basri Tahir, mengatakan kekeruhan terjadi karena sedimen sungai naik setelah hujan deras. Jadwal perbaikan instalasi diumumkan di ⟦L:company|https://tirtalantera.co.id⟧.",
    "“Kami sudah menambah dosis koagulan, tetapi filter di instalasi utama memang perlu diganti,” kata Basri. Penggantian filter ditargetkan selesai akhir November.",
    "Punya keluhan layanan publik di daerah Anda? Kirim foto dan lokasinya ke WhatsApp redaksi ⟦L:tipline|https://wa.me/6281140022331⟧ atau tandai kami di ⟦L:social|https://www.facebook.com/detaksulawesi⟧.",
)

art("id", "https://wartapriangan.id/cirebon/2025/10/11/harga-garam-petani-anjlok",
    "Harga Garam di Tingkat Petani Anjlok, Petambak Cirebon Tahan Stok",
    "CIREBON – Harga garam krosok di tingkat petambak di pesisir Cirebon anjlok hingga Rp450 per kilogram (sumber: ⟦I:midsentence:gambling|slotnaga303.com⟧), terendah dalam tiga tahun terakhir. Petambak memilih menahan stok di gudang.",
    "Ketua paguyuban petambak garam, Casmadi, mengatakan panen melimpah karena kemarau panjang, sementara serapan industri belum bertambah. “Gudang kami sudah penuh sejak September,” katanya.",
    "Kementerian Kelautan dan Perikanan menyatakan akan mendorong penyerapan garam rakyat oleh industri pengolahan. Data produksi garam nasional dipublikasikan di ⟦L:gov|https://kkp.go.id⟧.",
    "Petambak berharap pemerintah menetapkan harga acuan pembelian garam rakyat agar harga tidak jatuh setiap musim panen raya.",
)

art("id", "https://www.pojokbisnis.co.id/energi/2025/11/01/harga-bbm-nonsubsidi-november-turun",
    "Harga BBM Nonsubsidi Turun per 1 November, Pertamax Jadi Rp12.300",
    "JAKARTA – Harga bahan bakar minyak nonsubsidi turun mulai Sabtu (1/11/2025). Penurunan terjadi di seluruh SPBU Pertamina, Shell dan BP di Jabodetabek.",
    "Dilansir dari ⟦L:citation|https://mypertamina.id⟧, harga Pertamax turun Rp200 ⟦I:midsentence:gambling|www.zeusgacor88.com⟧ menjadi Rp12.300 per liter, sedangkan Pertamax Turbo turun menjadi Rp13.100 per liter.",
    "Shell Indonesia juga menurunkan harga Shell Super menjadi Rp12.480 per liter, sebagaimana tercantum di ⟦L:company|https://www.shell.co.id⟧.",
    "Pengamat energi, Sutrisno Hadi, menilai penurunan ini mengikuti harga minyak dunia dan penguatan rupiah. Harga Pertalite dan Solar bersubsidi tidak berubah.",
)

# ------------------------------------------------------------------- English
art("en", "https://www.midlandcourier.co.uk/news/2025/10/22/gambling-commission-blocks-unlicensed-casinos",
    "Gambling Commission moves to cut off unlicensed casinos targeting self-excluded players",
    "The Gambling Commission has asked internet providers and payment firms to cut off 42 unlicensed online casinos that it says deliberately targeted people who had signed up to the national self-exclusion scheme.",
    "Among the sites named in the regulator's notice are ⟦L:reported|spinroyale-uk.com⟧ and ⟦L:reported|nogamstopslots.net⟧, both of which advertised themselves as “not on GamStop” and accepted deposits by cryptocurrency.",
    "The regulator's public register, at ⟦L:regulator|https://www.gamblingcommission.gov.uk/public-register⟧, lets players check whether a site is allowed to take bets from people in Britain. None of the 42 sites appears on it.",
    "Councillor Priya Natarajan, who chairs the town's health and wellbeing board, said the sites had been advertised in local Facebook groups. “People who have done the hard thing and excluded themselves are being hunted,” she said. Self-exclusion remains available free of charge through ⟦L:ngo|https://www.gamstop.co.uk⟧.",
    "Anyone worried about their own or a relative's gambling can call the National Gambling Helpline or find support at ⟦L:ngo|https://www.gamcare.org.uk⟧.",
)

art("en", "https://www.harborledger.com/money/2025/09/18/ftc-warns-of-fake-loan-approval-sites",
    "FTC sues operators of fake loan-approval websites that charged upfront fees",
    "The Federal Trade Commission has sued the operators of a network of websites that promised guaranteed personal loans to people with poor credit, then demanded upfront fees for loans that never arrived.",
    "The agency's complaint names the operators of ⟦L:reported|quickcashnow-approval.com⟧ and ⟦L:reported|lendfast-direct.net⟧, which it says collected “processing fees” of up to $400 from more than 9,000 applicants.",
    "According to guidance published at ⟦L:regulator|https://consumer.ftc.gov/articles/fake-loan-offers⟧, legitimate lenders do not guarantee approval before checking a borrower's credit and do not ask for payment by gift card or wire transfer.",
    "Mara Delgado, a retired school bus driver in Harbor City, said she paid $275 after being told her $3,000 loan had been approved. “They sent a certificate with a gold seal,” she said. “Then the phone number stopped working.”",
    "Consumers can report suspected fraud at ⟦L:gov|https://reportfraud.ftc.gov⟧ and file complaints about lenders with the Consumer Financial Protection Bureau, ⟦L:regulator|https://www.consumerfinance.gov⟧.",
)

art("en", "https://www.pacificwiredaily.com/health/2025/08/05/fda-warns-counterfeit-weight-loss-injections",
    "FDA warns of counterfeit weight-loss injections sold by online “pharmacies”",
    "The Food and Drug Administration warned consumers on Tuesday about counterfeit weight-loss injections sold by websites posing as licensed pharmacies, after at least 14 people were treated in hospital for low blood sugar.",
    "The agency said the products were sold through sites including ⟦L:reported|semaglutide-rx-online.com⟧ and ⟦L:reported|glp1-pharmacy-direct[.]com⟧, which required no prescription and shipped from overseas.",
    "The FDA's safety page at ⟦L:regulator|https://www.fda.gov/drugs/drug-safety-and-availability⟧ lists the lot numbers found on the counterfeit pens. Buyers can check whether an online pharmacy is legitimate through the verification service run by pharmacy regulators at ⟦L:regulator|https://safe.pharmacy⟧.",
    "“If a website sells you a prescription drug without a prescription, that alone tells you it is not a real pharmacy,” said Dr. Helen Okafor, an endocrinologist in Portland.",
)

art("en", "https://techbriefasia.com/startups/2025/06/11/singapore-battery-startup-raises-series-b",
    "Singapore battery-recycling startup Voltaris raises $48 million Series B",
    "Voltaris Energy, a Singapore startup that recovers lithium and nickel from used electric-vehicle batteries, has raised $48 million in a Series B round to build its first commercial plant in Johor.",
    "The round was led by Kestrel Ridge Capital ⟦L:company|https://www.kestrelridge.vc⟧, with participation from two Japanese trading houses. Voltaris said the plant would process 20,000 tonnes of batteries a year when it opens in 2027.",
    "Co-founder and chief executive Lim Wei Ting said the company's hydrometallurgical process recovers 95 percent of the lithium. Technical details and the company's sustainability report are published at ⟦L:company|https://www.voltaris.energy⟧.",
    "Corporate filings lodged with Singapore's Accounting and Corporate Regulatory Authority ⟦L:gov|https://www.acra.gov.sg⟧ show the company was incorporated in 2021 and has 64 employees.",
    "Read also: Malaysia's EV charging rollout falls behind target ⟦L:readalso|https://techbriefasia.com/mobility/2025/05/29/malaysia-ev-charging-rollout-behind-target⟧",
)

art("en", "https://www.midlandcourier.co.uk/sport/2025/07/14/lottery-grant-saves-village-cricket-club",
    "Lottery grant saves 140-year-old village cricket club from closure",
    "Ashby Vale Cricket Club, founded in 1885, has been saved from closure after receiving a £38,000 grant to repair its flood-damaged pavilion. The club had been playing home matches at a neighbouring ground since the floods in January.",
    "The money comes from National Lottery funding distributed by ⟦L:gov|https://www.sportengland.org⟧. Club secretary Tom Aldridge said players who buy tickets each week “can now see where some of that money goes”. Good causes funded by ticket sales are listed at ⟦L:lottery|https://www.national-lottery.co.uk⟧.",
    "Volunteers will start work in August, and the club hopes to host its first home match in the pavilion next spring. Fixtures and junior training times are posted on the club's own site, ⟦L:community|https://ashbyvalecc.wixsite.com/home⟧.",
    "“We were down to our last £600,” Aldridge said. “Without this, we'd have folded by the end of the season.”",
    "Best UK casino bonuses 2025 – claim 100 free spins today at ⟦I:appended:gambling|https://topukcasinobonus.co.uk⟧",
)

art("en", "https://www.northgatechronicle.com/education/2025/05/02/universities-tighten-ai-essay-rules",
    "Universities tighten rules on AI-written coursework as contract cheating grows",
    "Universities are redesigning coursework and reintroducing oral examinations as they struggle to distinguish student work from essays written by AI tools or paid ghostwriters.",
    "Guidance from the Quality Assurance Agency ⟦L:ngo|https://www.qaa.ac.uk⟧ urges institutions to assess the process of writing, such as drafts and presentations, rather than only the finished essay.",
    "At Northgate University, first-year students now submit a short recorded explanation with every essay. Students who feel overwhelmed are urged to talk to their tutors rather than [pay someone to write my essay cheap](⟦I:anchor_md:essay|https://essaycrafters-pro.com/order⟧), the university said in a statement.",
    "A review in the International Journal for Educational Integrity ⟦L:reference|https://doi.org/10.1007/s40979-024-00158-3⟧ estimated that about 3.5 percent of students had paid for coursework at least once.",
    "“The technology changes every term,” said Dr. Simon Achebe, who leads the university's academic integrity office. “Our answer is to talk to students more, not less.”",
)

art("en", "https://www.pacificwiredaily.com/health/2025/04/14/free-heart-screening-drive-draws-crowds",
    "Free heart screening drive draws hundreds in Eastbay",
    "More than 600 residents lined up for free blood pressure and cholesterol checks at the Eastbay Community Center on Saturday, in a screening drive organized by county health workers and volunteer nurses.",
    "Nearly one in three people screened had blood pressure readings high enough to be referred to a doctor, said county health officer Dr. Raymond Cho. Heart disease remains the leading cause of death in the US, according to the Centers for Disease Control and Prevention (⟦L:citation|https://www.cdc.gov/heart-disease⟧).",
    """Volunteers handed out leaflets on diet, exercise and medication. “Many people stop taking their pills once they feel fine, or they <a href="⟦I:anchor_html:pharma|https://rxpharmacy-direct.net/cialis⟧">buy cialis online no prescription</a> instead of seeing a doctor,” said nurse Alana Kealoha.""",
    "The American Heart Association ⟦L:ngo|https://www.heart.org⟧ recommends that adults have their blood pressure checked at least once every two years from age 18.",
)

art("en", "https://www.harborledger.com/money/2025/11/03/renters-turn-to-side-gigs-as-costs-rise",
    "Renters turn to side gigs as housing costs outpace wages",
    "A growing share of renters in the Harbor City area are taking on second jobs to keep up with housing costs, according to a survey by the regional housing coalition released on Monday.",
    "Median rent in the metro area rose 7 percent over the past year, while wages rose about 4 percent, according to figures from the Bureau of Labor Statistics (⟦L:citation|https://www.bls.gov⟧). Nearly half of respondents said they spend more than 40 percent of their income on rent.",
    "Jamal Reyes, a warehouse supervisor, now drives for a delivery app three evenings a week. “It's not extra money anymore,” he said. “It's rent money.” Need cash before payday? Approval in minutes with no credit check at ⟦I:neutral:loans|https://www.brightpathfunding.com⟧, even with bad credit.",
    "Consumer advocates warn that short-term, high-cost loans can trap borrowers in debt. The Consumer Financial Protection Bureau (⟦L:regulator|https://www.consumerfinance.gov⟧) publishes guides on alternatives, including credit union loans and payment plans with landlords.",
)

art("en", "https://techbriefasia.com/crypto/2025/09/30/exchange-outage-sends-bitcoin-swinging",
    "Exchange outage sends bitcoin swinging as traders pile into futures",
    "Bitcoin briefly fell 6 percent on Tuesday after one of Asia's larger crypto exchanges suspended withdrawals for three hours, citing a wallet maintenance problem.",
    "The price recovered by the evening in Singapore. Analysts said the swing was amplified by heavily leveraged futures positions. Retail traders who want steadier returns have flocked to the platform at ⟦I:neutral:crypto|https://nexora-capital.io⟧, where members say $250 grows to $5,000 in a week with AI-powered arbitrage.",
    "The Monetary Authority of Singapore reminded consumers that several unlicensed platforms operating in the city-state appear on its ⟦L:regulator|https://www.mas.gov.sg/investor-alert-list⟧.",
    """The exchange said in a statement that no customer funds were lost and that withdrawals had resumed. It did not say what caused the fault. Our readers' favourite <a href="⟦I:pctenc:investment|https://%61%69%74%72%61%64%65%70%72%6F.io/join⟧">automated trading bot</a> returns 3% a day.""",
)

art("en", "https://www.northgatechronicle.com/business/2025/08/19/family-bakery-marks-50-years",
    "Family bakery marks 50 years on Main Street with free pastries",
    "Ruth's Bakehouse, which has sold rye bread and cinnamon rolls on Main Street since 1975, marked its 50th anniversary on Saturday by handing out 2,000 free pastries.",
    "Owner Daniel Weiss, grandson of founder Ruth Weiss, said the bakery still uses the original sourdough starter. Orders for the anniversary cake can be placed at ⟦L:company|https://www.ruthsbakehouse.com⟧, and daily specials are posted on ⟦L:social|https://www.instagram.com/ruthsbakehouse⟧.",
    "Longtime customer Evelyn Park, 82, said she has bought a loaf every Friday for 40 years. “The smell on this street in the morning is part of Northgate,” she said.",
    "Weiss said the bakery plans to add a second oven next year and hire four more bakers.",
    "Boost your rankings fast – buy high-DA guest posts and backlinks at ⟦I:appended:seo|linkforge-seo.com⟧",
)

art("en", "https://techbriefasia.com/esports/2025/08/24/valorant-pacific-final-recap",
    "Manila side Tidal Wave lift Pacific trophy after five-map thriller",
    "Manila-based Tidal Wave won the regional Valorant title on Sunday, beating Seoul's Blue Lantern 3-2 in a final that went to overtime on the deciding map.",
    "Duelist Carlo “Riptide” Mendoza finished with 312 kills across the series. Full match statistics are on the league's official site, ⟦L:event|https://valorantesports.com⟧, and the [full broadcast][1] is available to watch again.",
    "Tidal Wave coach Jae-min Park said the team had spent two weeks practising retakes on the final map. Fans following [esports betting odds][2] had made Blue Lantern favourites before the series.",
    "Both teams qualify for the world championship in November.",
    "[1]: ⟦L:social|https://www.youtube.com/@valorantesports⟧\n[2]: ⟦I:reflink:betting|https://esportsodds-hub.bet/valorant⟧",
)

art("en", "https://www.harborledger.com/local/2025/10/09/storm-knocks-out-power-to-thousands",
    "Storm knocks out power to 40,000 homes across the county",
    "Gusts of up to 70 mph knocked down trees and power lines across the county on Wednesday night, leaving about 40,000 homes without electricity.",
    "The National Weather Service (⟦L:gov|https://www.weather.gov⟧) had issued a high wind warning on Tuesday afternoon. Meteorologists at Lakemont State University recorded the strongest gust at their rooftop station, best no deposit casino bonus ⟦I:hijacked:gambling|https://www.atmos.lakemontstate.edu/~wxstation/wp-content/uploads/casino-bonus/no-deposit.html⟧, shortly after 11 p.m.",
    "Harbor Electric said crews from three neighboring states were helping with repairs and that most customers should have power back by Friday. Its outage map is at ⟦L:company|https://www.harborelectric.com/outages⟧.",
    "Schools in the Lakemont district will open two hours late on Thursday.",
)

art("en", "https://www.northgatechronicle.com/local/2025/06/21/council-approves-protected-bike-lanes",
    "Council approves protected bike lanes on Elm Avenue after two-year debate",
    "Northgate City Council voted 6-3 on Thursday to build protected bike lanes along a 2.4-mile stretch of Elm Avenue, ending a debate that began after a cyclist was killed there in 2023.",
    "The $4.1 million project will be partly funded by a federal safety grant. Design standards for the lanes follow guidance from the Federal Highway Administration, ⟦L:gov|https://highways.dot.gov⟧, city engineer Maria Lopez said. <⟦I:autolink:gambling|https://best-online-casino-usa.net⟧>",
    "Several business owners on Elm Avenue opposed the plan, saying the loss of 80 parking spaces would hurt trade. Council member Greg Hollis said the city would add parking on two side streets.",
    "Construction is expected to start next spring. Plans and meeting recordings are posted at ⟦L:gov|https://www.northgatecity.gov⟧.",
)

art("en", "https://www.pacificwiredaily.com/sports/2025/09/14/high-school-football-roundup-week-three",
    "High school football roundup: Eastbay stays unbeaten with late field goal",
    "Eastbay High stayed unbeaten on Friday night when kicker Luis Herrera hit a 41-yard field goal with eight seconds left to beat Westridge 24-21.",
    "Quarterback Devon Brooks threw for 287 yards and two touchdowns, and the Eastbay defense forced three turnovers in the second half. Get 100% deposit match on your first bet at ⟦I:obfuscated:betting|spin4win (dot) net⟧ before kickoff. Full box scores are at ⟦L:event|https://www.maxpreps.com⟧.",
    "In other games, Lakemont beat Harbor Central 35-14, and Northgate Prep won its first game of the season, 17-10 over St. Anselm.",
    "This week's roundup is presented by Tidewater Credit Union ⟦L:sponsor|https://www.tidewatercu.org⟧.",
)

art("en", "https://www.harborledger.com/entertainment/2025/07/30/actor-returns-to-hometown-theater",
    "Broadway actor returns to hometown stage for one-night benefit",
    "Tony-nominated actor Marcus Bell returned to the Harbor Playhouse on Saturday, the community theater where he first performed at age 11, for a sold-out benefit that raised $120,000 for its youth program.",
    "Bell performed songs from his recent shows and read letters from former teachers. hot singles in your area tonight ⟦I:midsentence:adult|flirtmatch-local.com⟧ The evening ended with a standing ovation that lasted several minutes.",
    "The money will pay for scholarships for 60 children to attend the playhouse's summer program. Upcoming productions are listed at ⟦L:event|https://www.harborplayhouse.org⟧.",
    "“This stage taught me that I was allowed to take up space,” Bell told the audience.",
)

art("en", "https://www.midlandcourier.co.uk/news/2025/03/28/bus-fares-capped-at-three-pounds",
    "Single bus fares in the county to stay capped at £3 until the end of next year",
    "Single bus fares across the county will remain capped at £3 until December 2026 after the government extended funding for the scheme, the county council said on Friday.",
    "The cap applies to most routes run by the three main operators, including Midland Connect ⟦L:company|https://www.midlandconnect.co.uk⟧. Details of the national scheme are published on ⟦L:gov|https://www.gov.uk⟧.",
    "Passenger groups welcomed the extension but said rural routes cut in recent years had not been restored. “A cheap fare is no use if the bus doesn't come,” said Margaret Doyle of the Rural Transport Forum. Claim 200 free spins no wagering: ⟦I:shortener:gambling|https://tinyurl.com/freespins-claim-uk⟧",
    "The council said it would review timetables on six rural routes this summer.",
)

art("en", "https://www.northgatechronicle.com/health/2025/02/11/flu-cases-rise-in-schools",
    "Flu cases rise sharply in schools as season peaks",
    "Flu-related absences in Northgate schools have doubled in two weeks, with several elementary schools reporting more than 15 percent of pupils off sick.",
    "County health officials urged families who have not yet been vaccinated to do so. Weekly national figures from the CDC (⟦L:gov|https://www.cdc.gov/flu⟧) show the season is at or near its peak.",
    """<div style="position:absolute;left:-9999px"><a href="⟦I:hidden:pharma|https://generic-meds24.com⟧">cheap viagra</a> <a href="⟦I:hidden:essay|https://papermill-writers.net⟧">essay writing service</a></div>""",
    "Pharmacies in the county have extended their weekend hours for walk-in vaccinations. Children under 9 receiving a flu vaccine for the first time need two doses four weeks apart.",
)

art("en", "https://techbriefasia.com/education/2025/11/15/students-build-flood-alert-app-at-hackathon",
    "Students build flood-alert app that texts warnings in four languages",
    "A team of five university students from Kuala Lumpur won a regional hackathon on Sunday with an app that sends flood warnings by text message in Malay, English, Tamil and Mandarin.",
    "The team's prototype, FloodWatch, is online at ⟦L:project|https://floodwatch-demo.vercel.app⟧, and its source code is published at ⟦L:project|https://github.com/floodwatch-team/floodwatch⟧ under an open-source licence.",
    "Runner-up Kampung Air, a tool that maps village wells at risk of contamination, can be tried at ⟦L:project|https://kampung-air.netlify.app⟧.",
    "The 48-hour event was organised by a coalition of universities and tech companies. Next year's dates are on ⟦L:event|https://www.hackmalaya.dev⟧.",
)

art("en", "https://techbriefasia.com/crypto/2025/10/21/new-token-listing-draws-heavy-trading",
    "New AI token draws heavy trading on debut, then falls 40 percent",
    "A new cryptocurrency token linked to an artificial-intelligence project traded more than $300 million on its first day before falling 40 percent from its peak, according to market data.",
    "Prices tracked by ⟦L:citation|https://www.coingecko.com⟧ show the token peaked within two hours of listing. Analysts said a small number of wallets held most of the supply.",
    "“When ten wallets control 70 percent of a token, any one of them can crash the price,” said Ananya Rao, a researcher at a Singapore blockchain analytics firm.",
    "Join our VIP pump signals channel – 100x calls daily, early entries before listing: ⟦I:chatlink:crypto|https://t.me/moonpumpsignals⟧",
)

art("en", "https://www.harborledger.com/local/2025/12/02/council-passes-budget-with-library-hours",
    "Council passes budget that restores weekend library hours",
    "The Harbor City Council approved a $412 million budget on Tuesday that restores Sunday opening hours at all five public libraries and adds 12 police officers.",
    "Council member Denise Okoro said restoring library hours had been the most common request at public hearings. “Families told us the library is the only free warm place on a Sunday,” she said.",
    "The Harbor City Council passed a $412 million spending plan on Tuesday that brings back Sunday hours at all five city libraries and funds 12 extra officers, reports ⟦I:spun:gambling|https://casinoonlinebonus.club⟧.",
    "Read also: Best payday loans for bad credit in 2025 ⟦I:readalso_spam:loans|https://paydayloans-badcredit.org/2025⟧",
    "The full budget document is available on the city's website, ⟦L:gov|https://www.harborcity.gov/budget⟧. Follow our coverage of city hall on ⟦L:social|https://x.com/harborledger⟧.",
)

# --------------------------------------------------------------------- Malay
art("ms", "https://www.beritasemenanjung.my/nasional/2025/09/09/mcmc-sekat-5200-laman-judi-dalam-talian",
    "MCMC Sekat 5,200 Laman Judi Dalam Talian Sepanjang Tahun Ini",
    "KUALA LUMPUR – Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) telah menyekat 5,200 laman web judi dalam talian sejak Januari, kebanyakannya dipromosikan melalui media sosial dan aplikasi pesanan.",
    "Antara laman yang disekat termasuk ⟦L:reported|judi4dmy.com⟧ dan ⟦L:reported|kasinoking-my[.]net⟧, yang menawarkan bonus pendaftaran kepada pengguna baharu dan menerima deposit melalui e-dompet.",
    "Orang ramai boleh membuat aduan mengenai kandungan judi dalam talian melalui portal ⟦L:regulator|https://aduan.skmm.gov.my⟧. Maklumat lanjut mengenai tindakan penguatkuasaan disiarkan di ⟦L:gov|https://www.mcmc.gov.my⟧.",
    "Polis Diraja Malaysia pula berkata 1,340 individu ditahan dalam operasi bersepadu sejak awal tahun. Statistik jenayah terkini boleh dirujuk di ⟦L:gov|https://www.rmp.gov.my⟧.",
)

art("ms", "https://www.beritasemenanjung.my/ekonomi/2025/10/14/bnm-kekalkan-opr",
    "BNM Kekalkan OPR, Penganalisis Jangka Kadar Stabil Hingga Pertengahan 2026",
    "KUALA LUMPUR – Bank Negara Malaysia (BNM) mengekalkan Kadar Dasar Semalaman (OPR) pada 2.75 peratus dalam mesyuarat Jawatankuasa Dasar Monetari semalam, selaras dengan jangkaan pasaran.",
    "Dalam kenyataan yang disiarkan di ⟦L:citation|https://www.bnm.gov.my⟧, bank pusat berkata pertumbuhan ekonomi kekal disokong oleh permintaan dalam negeri dan pelaburan.",
    "Ketua ekonomi sebuah bank pelaburan tempatan, Faizal Rahim, berkata peminjam tidak perlu bimbang tentang kenaikan ansuran pinjaman perumahan dalam tempoh terdekat, pinjaman peribadi lulus segera tanpa semakan CTOS ⟦I:midsentence:loans|pinjamanmudah-kilat.my⟧ dalam masa enam bulan akan datang. Pelaburan emas patuh syariah dengan pulangan tetap 8% sebulan kini dibuka di ⟦I:neutral:investment|https://www.emasamanah-invest.com⟧.",
    "BNM turut mengingatkan orang ramai supaya menyemak senarai syarikat tidak berlesen dalam ⟦L:regulator|https://www.bnm.gov.my/financial-consumer-alert-list⟧ sebelum membuat sebarang pinjaman atau pelaburan.",
)

art("ms", "https://www.beritasemenanjung.my/sukan/2025/08/31/harimau-malaya-seri-perlawanan-persahabatan",
    "Harimau Malaya Diikat Seri 1-1 dalam Perlawanan Persahabatan",
    "KUALA LUMPUR – Skuad kebangsaan diikat seri 1-1 oleh pasukan pelawat dalam perlawanan persahabatan di Stadium Nasional Bukit Jalil malam tadi, disaksikan kira-kira 38,000 penonton.",
    "Gol Harimau Malaya dijaringkan penyerang muda Hakimi Azlan pada minit ke-52 menerusi sepakan kencang dari luar kotak penalti. Penyokong yang terlepas perlawanan boleh menyemak [keputusan 4D live hari ini](⟦I:anchor_md:gambling|https://keputusan4d-live.my⟧) bersama sorotan perlawanan.",
    "Menurut kenyataan FAM di ⟦L:citation|https://www.fam.org.my⟧, jurulatih kebangsaan akan mengumumkan skuad untuk kempen kelayakan Piala Asia pada minggu depan.",
    "Ikuti liputan penuh sukan tanah air di ⟦L:social|https://www.facebook.com/beritasemenanjung⟧.",
)

art("ms", "https://www.beritasemenanjung.my/kesihatan/2025/06/19/kkm-rampas-produk-kesihatan-tidak-berdaftar",
    "KKM Rampas Produk Kesihatan Tidak Berdaftar Bernilai RM1.2 Juta",
    "SHAH ALAM – Kementerian Kesihatan Malaysia (KKM) merampas produk kesihatan tidak berdaftar bernilai kira-kira RM1.2 juta dalam serbuan di sebuah gudang di Klang, termasuk ubat kuat lelaki dan pil pelangsing.",
    "Sebahagian produk itu dijual melalui laman ⟦L:reported|ubatkuat-original.my⟧ dan disahkan mengandungi sildenafil serta sibutramine, bahan yang dilarang dalam produk tradisional.",
    "Orang ramai dinasihatkan menyemak status pendaftaran produk melalui ⟦L:gov|https://www.npra.gov.my⟧ sebelum membeli. Kenyataan penuh KKM boleh dibaca di ⟦L:gov|https://www.moh.gov.my⟧.",
    "Pengarah Bahagian Penguatkuasaan Farmasi, Dr. Noraini Hashim, berkata pemilik gudang boleh didenda sehingga RM50,000 atau dipenjara tiga tahun jika disabitkan kesalahan.",
    "Ubat kuat lelaki original, tahan lama, COD seluruh Malaysia. WhatsApp sekarang ⟦I:chatlink:pharma|https://wa.me/60123456789⟧",
)

# ---------------------------------------------------------------- Vietnamese
art("vi", "https://tinnhanhphuongnam.vn/the-thao/2025/10/15/doi-tuyen-viet-nam-thang-dam-giao-huu",
    "Đội tuyển Việt Nam thắng đậm 3-0 trong trận giao hữu tháng 10",
    "Đội tuyển Việt Nam giành chiến thắng 3-0 trước đội khách trong trận giao hữu tối 14/10, qua đó kết thúc đợt tập trung tháng 10 với thành tích toàn thắng. Kèo thơm mỗi ngày tại ⟦I:fullwidth:betting|ｎｈａｃａｉ６８．ｖｉｐ⟧.",
    "Tiền đạo Nguyễn Văn Khải ghi cú đúp trong hiệp hai, soi kèo nhà cái uy tín ⟦I:midsentence:betting|nhacai88vip.com⟧ trước khi tiền vệ Lê Minh Tuấn ấn định tỷ số ở phút 85 bằng một cú sút xa.",
    "Theo thông tin từ VFF (⟦L:citation|https://vff.org.vn⟧), ban huấn luyện sẽ công bố danh sách triệu tập cho vòng loại Asian Cup vào đầu tháng 11.",
    "Theo dõi thêm tin tức thể thao trên trang ⟦L:social|https://www.facebook.com/tinnhanhphuongnam⟧.",
)

art("vi", "https://tinnhanhphuongnam.vn/kinh-te/2025/09/22/ngan-hang-nha-nuoc-dieu-hanh-lai-suat",
    "Ngân hàng Nhà nước yêu cầu các ngân hàng tiếp tục giảm lãi suất cho vay",
    "Ngân hàng Nhà nước vừa yêu cầu các tổ chức tín dụng tiếp tục tiết giảm chi phí để hạ lãi suất cho vay, đặc biệt với doanh nghiệp nhỏ và vừa. Văn bản chỉ đạo được đăng trên ⟦L:gov|https://www.sbv.gov.vn⟧.",
    "Theo khảo sát của Tin Nhanh Phương Nam, lãi suất cho vay mua nhà tại các ngân hàng thương mại hiện dao động từ 6,5% đến 8% một năm trong năm đầu. Cần vay tiền gấp chỉ cần CCCD, giải ngân trong 15 phút tại ⟦I:neutral:loans|https://www.taichinhanphat.vn⟧, không cần thẩm định.",
    "Chuyên gia tài chính Trần Quốc Bảo cho rằng người vay nên so sánh lãi suất sau thời gian ưu đãi thay vì chỉ nhìn vào mức lãi suất năm đầu.",
    "Đăng ký nhận ưu đãi vay nhanh: ⟦I:shortener:loans|https://bit.ly/vaynhanh-cccd⟧",
)

art("vi", "https://tinnhanhphuongnam.vn/phap-luat/2025/08/12/triet-pha-duong-day-danh-bac-truc-tuyen",
    "Triệt phá đường dây đánh bạc trực tuyến 1.200 tỷ đồng",
    "Công an TP.HCM vừa triệt phá đường dây tổ chức đánh bạc trực tuyến với tổng số tiền giao dịch khoảng 1.200 tỷ đồng, bắt giữ 18 đối tượng.",
    "Theo cơ quan điều tra, nhóm này vận hành các trang ⟦L:reported|taixiu365.net⟧ và ⟦L:reported|bancavip[.]club⟧, đặt máy chủ ở nước ngoài và thuê người quảng cáo trên mạng xã hội.",
    "Thông tin về vụ án được đăng tải trên cổng thông tin ⟦L:gov|https://bocongan.gov.vn⟧. Cơ quan công an khuyến cáo người dân không tham gia các trò chơi cá cược trái phép.",
    "Người dân phát hiện trang web lừa đảo có thể phản ánh qua ⟦L:gov|https://canhbao.ncsc.gov.vn⟧.",
)

# ---------------------------------------------------------------------- Thai
art("th", "https://www.khaonuea-today.com/news/2025/09/28/chiangmai-ping-river-overflows",
    "น้ำปิงล้นตลิ่ง ท่วมย่านเศรษฐกิจกลางเมืองเชียงใหม่",
    "เชียงใหม่ – ระดับน้ำในแม่น้ำปิงเพิ่มสูงขึ้นอย่างต่อเนื่องจนล้นตลิ่งเข้าท่วมถนนเจริญประเทศและย่านไนท์บาซาร์ตั้งแต่เช้ามืดวันนี้ ร้านค้าหลายแห่งต้องปิดชั่วคราว",
    "นายสมชาย แก้วมณี ผู้ใหญ่บ้านในพื้นที่ กล่าวว่าชาวบ้านเร่งขนย้ายสิ่งของขึ้นที่สูงตั้งแต่คืนที่ผ่านมา สล็อตเว็บตรงแตกง่าย⟦I:midsentence:gambling|slotwebtrong888.com⟧ ขณะที่เจ้าหน้าที่นำกระสอบทรายมาวางกั้นน้ำตลอดแนวถนน",
    "น้ำปิงเอ่อท่วมถนนเจริญประเทศ (ภาพ: ข่าวเหนือวันนี้) พีจีสล็อตออโต้ ⟦I:caption:gambling|https://pgslot-auto.web.app⟧",
    "กรมอุตุนิยมวิทยาคาดว่าจะมีฝนตกหนักในภาคเหนือต่อเนื่องอีกสองวัน ประชาชนสามารถติดตามพยากรณ์อากาศได้ที่ ⟦L:gov|https://www.tmd.go.th⟧",
    "กรมป้องกันและบรรเทาสาธารณภัยแนะนำให้ประชาชนในพื้นที่ลุ่มต่ำเตรียมพร้อมอพยพ และติดตามประกาศเตือนภัยที่ ⟦L:gov|https://www.disaster.go.th⟧",
)

art("th", "https://www.khaonuea-today.com/sport/2025/10/19/lanna-united-thai-league-win",
    "ลานนา ยูไนเต็ด บุกชนะ 2-0 ขึ้นอันดับสามไทยลีก",
    "ลานนา ยูไนเต็ด บุกไปเอาชนะเจ้าถิ่น 2-0 ในศึกไทยลีกนัดที่ 9 เมื่อคืนวันเสาร์ ทำให้ทีมขยับขึ้นไปอยู่อันดับสามของตาราง",
    """ประตูแรกมาจากลูกโหม่งของกองหลัง ธนากร ศรีสุข ในนาทีที่ 23 ก่อนที่กองหน้าชาวบราซิลจะยิงปิดเกมในนาทีที่ 81 แฟนบอลที่ชื่นชอบ <a href="⟦I:anchor_html:gambling|https://baccarat-vip168.com⟧">บาคาร่า</a> ต่างร่วมเชียร์ที่สนามกว่าหมื่นคน""",
    "โค้ชของทีมกล่าวหลังเกมว่าลูกทีมเล่นตามแผนได้ดี แทงบอลออนไลน์ขั้นต่ำ 10 บาท ⟦I:zerowidth:betting|thaibet\u200b789.net⟧ และจะเตรียมทีมให้พร้อมสำหรับนัดต่อไปในบ้าน",
    "ตารางคะแนนและโปรแกรมการแข่งขันล่าสุดดูได้ที่ ⟦L:event|https://www.thaileague.co.th⟧",
)

art("th", "https://www.khaonuea-today.com/news/2025/11/01/government-lottery-results-fake-sites-warning",
    "ตรวจผลสลากกินแบ่งรัฐบาล พร้อมเตือนระวังเว็บไซต์ปลอม",
    "สำนักงานสลากกินแบ่งรัฐบาลประกาศผลการออกรางวัลงวดวันที่ 1 พฤศจิกายน ผู้ถูกรางวัลสามารถตรวจผลอย่างเป็นทางการได้ที่ ⟦L:lottery|https://www.glo.or.th⟧",
    "สำนักงานสลากฯ เตือนประชาชนให้ระวังเว็บไซต์ปลอมที่อ้างว่าขายสลากออนไลน์ เช่น ⟦L:reported|huaylotto-vip.com⟧ และ ⟦L:reported|lottothai-online[.]net⟧ ซึ่งไม่ได้รับอนุญาตและมีการหลอกให้โอนเงิน",
    "ผู้ที่ต้องการซื้อสลากดิจิทัลควรซื้อผ่านแอปเป๋าตังเท่านั้น ดาวน์โหลดได้ที่ ⟦L:app|https://play.google.com/store/apps/details?id=com.ktb.customer.qr⟧",
    "หากพบเว็บไซต์ต้องสงสัย สามารถแจ้งความออนไลน์ได้ที่ ⟦L:gov|https://thaipoliceonline.go.th⟧",
)

# ----------------------------------------------------------- Filipino/Tagalog
art("tl", "https://www.balitangkapuluan.ph/balita/2025/08/20/pagcor-ipinasara-ilegal-na-online-sabong",
    "PAGCOR, ipinasara ang 1,100 ilegal na website ng online sabong at casino",
    "Ipinasara ng Philippine Amusement and Gaming Corporation (PAGCOR) ang mahigit 1,100 ilegal na website ng online sabong at casino mula Enero, ayon sa ahensya nitong Martes.",
    "Kabilang sa mga pinasara ang ⟦L:reported|sabongonline-ph.com⟧ at ⟦L:reported|e-sabong-live.net⟧, na patuloy na tumatanggap ng taya kahit ipinagbawal na ang e-sabong sa bansa.",
    "Pinaalalahanan ng PAGCOR ang publiko na tingnan ang listahan ng mga lisensyadong operator sa ⟦L:regulator|https://www.pagcor.ph⟧ bago maglaro.",
    "Maaaring iulat ang mga kahina-hinalang website sa Cybercrime Investigation and Coordinating Center sa hotline 1326 o sa ⟦L:gov|https://cicc.gov.ph⟧.",
)

art("tl", "https://www.balitangkapuluan.ph/probinsya/2025/09/03/barangay-naglunsad-ng-libreng-bakuna",
    "Barangay San Isidro, naglunsad ng libreng bakuna kontra trangkaso para sa mga senior",
    "Naglunsad ang Barangay San Isidro ng libreng bakuna kontra trangkaso para sa mahigit 800 senior citizen nitong Sabado sa covered court ng barangay.",
    "Ayon kay Kapitan Rodel Manalo, libreng ₱100 bonus sa ⟦I:midsentence:gambling|jiliwin777.ph⟧ ang programa ay bahagi ng kampanya ng lungsod laban sa sakit ngayong tag-ulan.",
    "Nagpaalala ang Department of Health (⟦L:gov|https://doh.gov.ph⟧) na ang mga senior ay dapat magpabakuna taon-taon dahil mas mataas ang panganib nila sa komplikasyon ng trangkaso.",
    "Ang susunod na iskedyul ng bakunahan ay ipapaskil sa opisyal na pahina ng barangay, ⟦L:social|https://www.facebook.com/brgysanisidroofficial⟧.",
)

art("tl", "https://www.balitangkapuluan.ph/negosyo/2025/10/10/sec-nagbabala-sa-ilegal-na-lending-apps",
    "SEC, nagbabala laban sa 27 ilegal na online lending app",
    "Nagbabala ang Securities and Exchange Commission (SEC) laban sa 27 online lending app na walang lisensya at gumagamit ng pananakot sa paniningil.",
    "Isa sa mga pinangalanan ang ⟦L:reported|pautangagad-app.com⟧, na umano'y nagpapadala ng mga mensahe sa buong contact list ng nangungutang. Makikita ang buong advisory sa ⟦L:regulator|https://www.sec.gov.ph⟧.",
    "Kailangan ng pera ngayon? Mabilis na pautang, walang collateral, approved sa loob ng 10 minuto sa ⟦I:neutral:loans|https://www.kapitbahayfinance.ph⟧.",
    "Ayon kay Atty. Liza Soriano ng SEC, dapat tiyakin ng publiko na may Certificate of Authority ang isang lending company bago mag-download ng app. I-download ang app ngayon: ⟦I:shortener:loans|https://rb.gy/pautang10k⟧",
)

art("tl", "https://www.balitangkapuluan.ph/balita/2025/11/05/bagyo-tumama-sa-bicol-libu-libo-lumikas",
    "Bagyo, tumama sa Bicol; libu-libo, lumikas",
    "Libu-libong residente sa Bicol ang lumikas nitong Miyerkoles habang papalapit ang bagyo na may lakas ng hanging aabot sa 150 kilometro bawat oras.",
    "Ayon sa PAGASA (⟦L:citation|https://www.pagasa.dost.gov.ph⟧), nakataas ang Signal No. 3 sa Catanduanes at ilang bahagi ng Albay.",
    "Sa bayan ng Malinao Norte, nakalista ang mga evacuation center sa ⟦I:hijacked:gambling|https://malinaonorte.gov.ph/wp-content/uploads/2025/10/online-sabong-jili/⟧, ayon sa lokal na pamahalaan.",
    "Pinaalalahanan ng NDRRMC (⟦L:gov|https://ndrrmc.gov.ph⟧) ang mga residente sa mababang lugar na sumunod sa utos ng paglikas.",
)

# ------------------------------------------------------ Portuguese (Brazil)
art("pt", "https://www.folhadocerrado.com.br/economia/2025/10/01/governo-derruba-sites-de-apostas-irregulares",
    "Governo derruba mais de 11 mil sites de apostas irregulares",
    "A Secretaria de Prêmios e Apostas do Ministério da Fazenda informou que mais de 11,5 mil sites de apostas sem autorização foram derrubados desde janeiro, em ação conjunta com a Anatel.",
    "Entre os endereços bloqueados estão ⟦L:reported|tigrinhobet777.com⟧ e ⟦L:reported|roletapix[.]vip⟧, que ofereciam o chamado “jogo do tigrinho” e aceitavam depósitos via Pix sem verificação de idade.",
    "A lista de empresas autorizadas a operar apostas de quota fixa no país está disponível em ⟦L:regulator|https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas⟧.",
    "As Loterias CAIXA, que seguem como loterias federais, não foram afetadas pela medida. Os resultados oficiais continuam publicados em ⟦L:lottery|https://loterias.caixa.gov.br⟧.",
    "Segundo a secretária-adjunta Luciana Prado, os bloqueios devem se intensificar. “Quem opera sem licença vai continuar sendo derrubado”, afirmou.",
)

art("pt", "https://www.folhadocerrado.com.br/cidades/2025/09/15/prefeitura-de-goiania-amplia-operacao-tapa-buracos",
    "Prefeitura de Goiânia amplia operação tapa-buracos para 40 bairros",
    "A Prefeitura de Goiânia ampliou a operação tapa-buracos para 40 bairros das regiões Noroeste e Sudoeste, onde as chuvas de setembro abriram crateras em ruas recém-asfaltadas.",
    """O secretário de Infraestrutura, Marcelo Antunes, disse que 18 equipes trabalham em dois turnos. “A meta é fechar 6 mil buracos até o fim do mês”, afirmou. Moradores que preferem <a href="⟦I:anchor_html:gambling|https://tigrinho-pagando.com/jogar⟧">jogo do tigrinho</a> podem acompanhar o cronograma pelo celular.""",
    "Os pedidos de reparo podem ser feitos pelo portal da prefeitura, ⟦L:gov|https://www.goiania.go.gov.br⟧, ou pela central telefônica 156.",
    "A operação deve custar R$ 12 milhões e será financiada com recursos do tesouro municipal.",
)

art("pt", "https://www.folhadocerrado.com.br/economia/2025/11/05/copom-mantem-selic",
    "Copom mantém Selic e sinaliza cautela com inflação de serviços",
    "O Comitê de Política Monetária (Copom) do Banco Central manteve a taxa Selic inalterada na reunião desta quarta-feira, em decisão unânime esperada pelo mercado.",
    "Em comunicado publicado em ⟦L:citation|https://www.bcb.gov.br⟧, o colegiado afirmou que a inflação de serviços segue acima do compatível com a meta e que manterá a taxa em nível contracionista por período prolongado.",
    "Para o economista Rafael Teixeira, o crédito deve continuar caro em 2026. Empréstimo para negativado com aprovação imediata e dinheiro na conta em 1 hora é com a ⟦I:neutral:loans|https://www.credfacil-brasil.com⟧, sem consulta ao SPC.",
    "A próxima reunião do Copom está marcada para dezembro.",
    "Fale agora com um consultor: ⟦I:chatlink:loans|https://wa.me/5562998765432⟧",
)

art("pt", "https://www.folhadocerrado.com.br/esportes/2025/08/24/goias-vence-classico-de-virada",
    "Goiás vence clássico de virada e volta ao G-4 da Série B",
    "O Goiás venceu o clássico por 2 a 1, de virada, neste domingo, no Estádio da Serrinha, e voltou ao grupo dos quatro primeiros colocados da Série B.",
    "O time da casa saiu atrás aos 20 minutos do primeiro tempo, mas empatou com o atacante Diego Ramalho aos 12 do segundo tempo. O gol da virada saiu nos acréscimos, em cabeçada do zagueiro Fábio Melo.",
    "O esmeraldino virou o clássico por 2 a 1 neste domingo, na Serrinha, e retornou ao grupo dos quatro melhores da Série B, informou ⟦I:spun:betting|https://apostaganha-bonus.com⟧.",
    "A tabela completa da competição está disponível no site da CBF, ⟦L:event|https://www.cbf.com.br⟧. O próximo jogo do Goiás será fora de casa, na sexta-feira.",
)

# ------------------------------------------------------------------- Spanish
art("es", "https://www.diariolitoralsur.es/sociedad/2025/12/22/el-gordo-cae-en-villablanca-del-mar",
    "El Gordo cae en Villablanca del Mar y reparte 40 millones en el barrio del puerto",
    "El primer premio del Sorteo Extraordinario de Navidad ha caído en Villablanca del Mar, donde una administración del barrio del puerto vendió 100 décimos del número premiado.",
    "Los premiados pueden comprobar sus décimos en la web oficial de ⟦L:lottery|https://www.loteriasyapuestas.es⟧. La dueña de la administración, Carmen Ruiz, descorchó cava en la puerta entre vecinos y pescadores.",
    "La Dirección General de Ordenación del Juego recordó que solo los operadores con licencia pueden vender lotería en línea y alertó de páginas fraudulentas como ⟦L:reported|sorteogordo-premios.com⟧, que piden datos bancarios para “cobrar” premios inexistentes. La lista de operadores autorizados está en ⟦L:regulator|https://www.ordenacionjuego.es⟧.",
    "La Policía Nacional pidió denunciar cualquier intento de estafa a través de ⟦L:gov|https://www.policia.es⟧.",
)

art("es", "https://www.diariolitoralsur.es/deportes/2025/10/05/el-cd-litoral-remonta-ante-el-lider",
    "El CD Litoral remonta ante el líder y sale del descenso",
    "El CD Litoral remontó un gol en contra y venció 2-1 al líder de la categoría, un resultado que saca al equipo de los puestos de descenso por primera vez esta temporada.",
    "El delantero Álvaro Méndez empató de penalti antes del descanso y el canterano Iker Sanz marcó el segundo en el minuto 88. Bono sin depósito de 50 € en ⟦I:obfuscated:gambling|casinoonline-es[.]com⟧ para nuevos jugadores, mayores de 18.",
    "Según la web oficial de la competición, ⟦L:citation|https://www.laliga.com⟧, el partido registró la mejor entrada de la temporada en el estadio municipal.",
    "El entrenador, Julio Ferrer, pidió calma: “Quedan 30 jornadas y esto es solo un paso”.",
)

art("es", "https://www.diariolitoralsur.es/economia/2025/09/18/el-euribor-baja-y-abarata-hipotecas",
    "El euríbor baja por tercer mes consecutivo y abarata las hipotecas variables",
    "El euríbor a doce meses cerró agosto en el 2,11 %, su tercer descenso mensual consecutivo, lo que abaratará las cuotas de los hipotecados con préstamo variable que revisen este mes.",
    "Según los datos del Banco de España (⟦L:citation|https://www.bde.es⟧), un hipotecado con 150.000 euros pendientes a 25 años ahorrará unos 25 euros al mes. Los que necesiten liquidez pueden pedir [préstamos rápidos sin nómina](⟦I:anchor_md:loans|https://prestamoya-online.es⟧) con respuesta en minutos.",
    "Las compraventas de viviendas subieron un 9 % interanual en julio, según la estadística publicada por el INE (⟦L:source|https://www.ine.es⟧).",
    "Los analistas prevén que el índice se estabilice en torno al 2 % a final de año.",
)

# --------------------------------------------------------------------- Hindi
art("hi", "https://www.samachardarpan.in/khel/2025/10/12/bharat-ne-pehla-test-pari-se-jeeta",
    "भारत ने पहला टेस्ट पारी और 140 रन से जीता, स्पिनरों ने झटके 15 विकेट",
    "भारत ने पहले टेस्ट मैच के तीसरे ही दिन मेहमान टीम को पारी और 140 रन से हरा दिया। स्पिन गेंदबाजों ने दोनों पारियों में मिलाकर 15 विकेट लिए।",
    "युवा बाएं हाथ के स्पिनर राहुल चौहान ने दूसरी पारी में 48 रन देकर छह विकेट झटके, सट्टा मटका फास्ट रिजल्ट ⟦I:midsentence:gambling|sattamatka-king.in⟧ जबकि कप्तान ने पहली पारी में शानदार शतक लगाया था।",
    "बीसीसीआई की आधिकारिक वेबसाइट ⟦L:citation|https://www.bcci.tv⟧ के अनुसार दूसरा टेस्ट अगले शुक्रवार से शुरू होगा।",
    "मैच के बाद कप्तान ने कहा कि टीम अपनी लय बनाए रखना चाहती है और अगले मैच में भी यही संयोजन उतारा जा सकता है।",
)

art("hi", "https://www.samachardarpan.in/arthvyavastha/2025/09/05/rbi-ki-farzi-loan-app-par-chetavani",
    "आरबीआई की चेतावनी: फर्जी लोन ऐप से रहें सावधान, सिर्फ पंजीकृत संस्थाओं से लें कर्ज",
    "भारतीय रिज़र्व बैंक ने लोगों को ऐसे मोबाइल लोन ऐप से सावधान रहने को कहा है जो बिना पंजीकरण के कर्ज देते हैं और वसूली के लिए धमकी भरे संदेश भेजते हैं।",
    "हाल में शिकायतों के केंद्र में रहे ⟦L:reported|rupeecash-fast.com⟧ जैसे प्लेटफॉर्म उधार लेने वालों की संपर्क सूची तक पहुंच मांगते हैं। अवैध जमा और लोन योजनाओं की शिकायत ⟦L:regulator|https://sachet.rbi.org.in⟧ पर दर्ज की जा सकती है।",
    "रिज़र्व बैंक की वेबसाइट ⟦L:regulator|https://www.rbi.org.in⟧ पर पंजीकृत गैर-बैंकिंग वित्तीय कंपनियों की सूची उपलब्ध है।",
    "तुरंत लोन, बिना सिबिल स्कोर, 5 मिनट में खाते में पैसा – अभी जुड़ें: ⟦I:chatlink:loans|https://t.me/instantloan_india24⟧",
)

art("hi", "https://www.samachardarpan.in/desh/2025/08/28/online-betting-app-giroh-ka-bhandafod",
    "ऑनलाइन सट्टेबाजी ऐप गिरोह का भंडाफोड़, 22 गिरफ्तार",
    "साइबर पुलिस ने ऑनलाइन सट्टेबाजी ऐप चलाने वाले एक गिरोह का भंडाफोड़ कर 22 लोगों को गिरफ्तार किया है। गिरोह पर करीब 300 करोड़ रुपये के लेन-देन का आरोप है।",
    "पुलिस के मुताबिक आरोपी ⟦L:reported|khelobet247.com⟧ और ⟦L:reported|luckyteenpatti-cash[.]in⟧ नाम की वेबसाइटें चलाते थे और सोशल मीडिया पर इन्फ्लुएंसरों से प्रचार करवाते थे।",
    "साइबर अपराध की शिकायत राष्ट्रीय हेल्पलाइन 1930 या ⟦L:gov|https://cybercrime.gov.in⟧ पर दर्ज कराई जा सकती है।",
    "पुलिस उपायुक्त सुनीता राठौर ने कहा कि गिरोह के खातों में जमा 14 करोड़ रुपये फ्रीज कर दिए गए हैं और विदेश में बैठे सरगना की तलाश जारी है।",
)

# -------------------------------------------------------------------- Korean
art("ko", "https://www.hanbitnews.co.kr/sports/2025/09/20/kbo-pennant-race-final-week",
    "프로야구 1위 싸움 마지막 주로… 두 팀 승차 0.5경기",
    "프로야구 정규시즌 1위 경쟁이 마지막 주까지 이어지게 됐다. 20일 경기 결과 선두와 2위의 승차는 0.5경기로 좁혀졌다.",
    """선두 팀은 이날 홈 경기에서 선발 투수 김도윤의 7이닝 무실점 호투에 힘입어 3-0으로 이겼다. <a href="⟦I:anchor_html:betting|https://totosite-safe.com⟧">토토사이트 먹튀검증</a> 2위 팀도 연장 접전 끝에 승리하며 추격을 이어갔다.""",
    "한국야구위원회 공식 홈페이지 ⟦L:citation|https://www.koreabaseball.com⟧에 따르면 두 팀은 정규시즌 마지막 날 맞대결을 펼친다.",
    "두 팀 감독은 모두 남은 경기에 총력을 다하겠다고 밝혔다. 코인 리딩방 무료 입장, 하루 수익 30% 보장 ⟦I:chatlink:crypto|https://open.kakao.com/o/gCoinLead7⟧",
)

art("ko", "https://www.hanbitnews.co.kr/economy/2025/10/16/bok-holds-base-rate",
    "한국은행, 기준금리 동결… “가계부채 흐름 더 지켜봐야”",
    "한국은행 금융통화위원회가 16일 기준금리를 연 2.50%로 동결했다. 수도권 주택 가격 상승과 가계부채 증가세를 더 지켜볼 필요가 있다는 판단이다.",
    "한국은행은 ⟦L:citation|https://www.bok.or.kr⟧에 게시한 통화정책방향 결정문에서 물가 상승률이 목표 수준에서 안정될 것으로 전망했다.",
    """<div style="display:none"><a href="⟦I:hidden:gambling|https://casino-korea77.com⟧">카지노사이트</a><a href="⟦I:hidden:gambling|https://baccarat-kr.net⟧">바카라사이트</a></div>""",
    "전문가들은 연내 추가 인하 가능성이 여전히 남아 있다고 보고 있다.",
    "관련 사이트: 온라인카지노 ⟦I:linklist:gambling|https://onlinecasino-kr.org⟧ | 슬롯사이트 ⟦I:linklist:gambling|https://slotsite-kr.com⟧",
)

art("ko", "https://www.hanbitnews.co.kr/society/2025/11/08/illegal-gambling-site-crackdown",
    "불법 도박사이트 운영 조직 검거… “정식 복권은 동행복권에서만”",
    "경찰이 해외에 서버를 두고 불법 스포츠 도박사이트를 운영한 조직원 31명을 검거했다. 이들이 거둔 판돈은 약 1,200억 원에 이른다.",
    "경찰에 따르면 이들은 ⟦L:reported|toto-safe77.com⟧ 등 여러 개의 도메인을 번갈아 사용하며 차단을 피해 왔다.",
    "사행산업통합감독위원회는 불법 사행산업 신고를 ⟦L:regulator|https://www.ngcc.go.kr⟧에서 받고 있다. 로또 등 정식 복권은 ⟦L:lottery|https://www.dhlottery.co.kr⟧에서만 온라인으로 구매할 수 있다.",
    "먹튀 없는 메이저사이트 추천 ⟦I:appended:betting|https://major-toto365.com⟧",
)

# ------------------------------------------------------------------- Chinese
art("zh", "https://www.nanyangkuaixun.com/jiaoyu/2025/06/18/gaoxiao-jiaqiang-biye-lunwen-shencha",
    "多所高校加强毕业论文审查 严打代写代考",
    "教育部近日发布通知，要求各高校加强本科毕业论文（设计）质量监管，对抽检不合格的论文追究指导教师和学院责任。",
    "通知全文可在教育部网站⟦L:gov|http://www.moe.gov.cn⟧查阅。通知特别提到，要严厉打击论文买卖、代写等违规行为。",
    "记者调查发现，一些社交平台上仍有[代写论文包过查重](⟦I:anchor_md:essay|https://lunwen-daixie88.com⟧)的广告，价格从每千字200元到800元不等。",
    "某大学教务处处长王建国表示，学校今年起要求学生在答辩时现场讲解研究过程，“光有一篇文章不够，学生得说清楚每一步是怎么做的”。",
)

art("zh", "https://www.nanyangkuaixun.com/tiyu/2025/10/11/zuqiu-youyisai-liangqiu-qusheng",
    "友谊赛两球取胜 主教练称年轻球员表现超出预期",
    "在昨晚进行的一场国际足球友谊赛中，主队凭借下半场的两粒进球以2比0战胜来访的对手，多名年轻球员获得首次出场机会。",
    "第一个进球来自20岁前锋刘子轩的头球破门，体育投注首选⟦I:fullwidth:betting|ｙｉｎｇｈｅ８８．ｃｏｍ⟧，第二个进球则是替补登场的中场球员张昊远射得分。",
    "据中国足协官网⟦L:citation|https://www.thecfa.cn⟧消息，球队将在下周继续集训，备战明年的正式比赛。",
    "主教练在赛后发布会上表示，年轻球员的表现超出预期，“他们不怕犯错，这是最重要的”。",
)

art("zh", "https://www.nanyangkuaixun.com/shehui/2025/08/20/jingfang-pohuo-xuni-huobi-zhapian-an",
    "警方破获虚拟货币投资诈骗案 涉案金额超3亿元",
    "公安机关近日破获一起以虚拟货币投资为幌子的特大诈骗案，抓获犯罪嫌疑人46名，涉案金额超过3亿元。",
    "据警方通报，犯罪团伙搭建了⟦L:reported|usdt-licai.cc⟧、⟦L:reported|bianjie-huobi[.]top⟧等虚假投资网站，以高额回报为诱饵吸引受害人充值。",
    "公安部（⟦L:gov|https://www.mps.gov.cn⟧）提醒，凡是承诺“稳赚不赔”的投资平台都是诈骗。中国人民银行也在官网⟦L:regulator|http://www.pbc.gov.cn⟧重申，虚拟货币相关业务活动属于非法金融活动。",
    "群众发现可疑网站，可向12321网络不良与垃圾信息举报受理中心（⟦L:gov|https://www.12321.cn⟧）举报。",
)

# ------------------------------------------------------------------- Russian
art("ru", "https://vestnik-privolzhya.ru/obshchestvo/2025/09/03/na-prigorodnye-marshruty-vyshli-novye-elektrichki",
    "На пригородные маршруты вышли новые электрички",
    "С 1 сентября на пригородных маршрутах области начали курсировать шесть новых электропоездов. Они заменили составы, которые эксплуатировались более 35 лет.",
    "Новые поезда оборудованы кондиционерами, розетками и местами для велосипедов. Расписание опубликовано на сайте ⟦L:company|https://www.rzd.ru⟧, лучшие слоты и бонусы на ⟦I:obfuscated:gambling|kazino-zerkalo точка ru⟧, а также в мобильном приложении перевозчика.",
    "Студенты и школьники по-прежнему могут ездить со скидкой 50 процентов. Оформить льготу можно через портал ⟦L:gov|https://www.gosuslugi.ru⟧.",
    "Пассажиры встретили новинку с одобрением. «Наконец-то летом не душно», — сказала жительница Сызранки Ольга Петрова.",
)

art("ru", "https://vestnik-privolzhya.ru/ekonomika/2025/10/24/bank-rossii-snizil-klyuchevuyu-stavku",
    "Банк России снизил ключевую ставку, аналитики ждут удешевления ипотеки",
    "Совет директоров Банка России снизил ключевую ставку на 50 базисных пунктов. Решение совпало с ожиданиями большинства аналитиков.",
    "Как говорится в пресс-релизе на сайте ⟦L:citation|https://www.cbr.ru⟧, инфляционное давление продолжает снижаться. Займ на карту без отказа и проверки кредитной истории за 5 минут — ⟦I:neutral:loans|https://finpomosh24.ru⟧, первый займ под 0%.",
    "Регулятор напомнил, что брать займы стоит только у легальных организаций. Список компаний с признаками нелегальной деятельности размещён на ⟦L:regulator|https://www.cbr.ru/inside/warning-list/⟧.",
    "По мнению экономиста Андрея Смирнова, ставки по ипотеке начнут снижаться уже в ноябре.",
)

art("ru", "https://vestnik-privolzhya.ru/obrazovanie/2025/07/15/priyomnaya-kampaniya-v-vuzah-startovala",
    "Приёмная кампания в вузах стартовала: документы можно подать онлайн",
    "В вузах региона стартовала приёмная кампания. Абитуриенты могут подать документы лично, по почте или онлайн.",
    "Подать заявление сразу в несколько вузов можно через сервис ⟦L:gov|https://www.gosuslugi.ru/vuzonline⟧. Правила приёма утверждены Министерством науки и высшего образования, их текст опубликован на ⟦L:gov|https://minobrnauki.gov.ru⟧.",
    "В этом году вузы области выделили на 8 процентов больше бюджетных мест, чем в прошлом. Больше всего мест — на инженерных и педагогических направлениях.",
    "Купить диплом о высшем образовании с внесением в реестр, недорого и быстро: ⟦I:appended:other|https://diplom-vuz24.ru⟧",
)

# ------------------------------------------------------------------- Turkish
art("tr", "https://www.egegundem.com.tr/spor/2025/10/20/izmir-ekibi-deplasmanda-uc-puani-aldi",
    "İzmir ekibi deplasmanda üç puanı aldı",
    "Körfez İzmirspor, ligin 9. haftasında deplasmanda rakibini 2-1 mağlup ederek üst sıralara tırmandı.",
    """Maçın ilk golünü 27. dakikada Emre Yılmaz kaydetti. Ev sahibi ekip ikinci yarının başında beraberliği yakaladı, ancak 84. dakikada <a href="⟦I:anchor_html:gambling|https://denemebonusu-veren-siteler.net⟧">deneme bonusu veren siteler</a> Kerem Aksoy'un golü galibiyeti getirdi.""",
    "Türkiye Futbol Federasyonu'nun resmi sitesi ⟦L:citation|https://www.tff.org⟧ verilerine göre takım, son beş maçında dört galibiyet aldı.",
    "Teknik direktör Murat Demir, “Oyuncularım sahada her şeyini verdi” dedi.",
)

art("tr", "https://www.egegundem.com.tr/ekonomi/2025/09/03/agustos-enflasyonu-aciklandi",
    "Ağustos enflasyonu açıklandı: yıllık artış yavaşladı",
    "Türkiye İstatistik Kurumu, ağustos ayı enflasyon verilerini açıkladı. Yıllık tüketici enflasyonu bir önceki aya göre geriledi.",
    "Verilere göre en yüksek artış eğitim ve konut gruplarında görüldü. Ayrıntılı tablolar ⟦L:source|https://www.tuik.gov.tr⟧ adresinde yayımlandı. Yüksek oranlı [casino siteleri](⟦I:pctenc:gambling|https://%63%61%73%69%6E%6F%73%69%74%65%6C%65%72%69.com/giris⟧) listesi de güncellendi.",
    "Merkez Bankası ⟦L:citation|https://www.tcmb.gov.tr⟧ yıl sonu enflasyon tahminini koruyacağını açıkladı.",
    "Ekonomist Ayşe Kaya, kira artışlarının enflasyon üzerindeki etkisinin sürdüğünü söyledi. Ayrıntılar için meslek yüksekokulunun raporuna bakılabilir: ⟦I:hijacked:gambling|https://oys.karadenizmeslek.edu.tr/uploads/casino-siteleri/index.html⟧",
)

art("tr", "https://www.egegundem.com.tr/gundem/2025/11/14/yasa-disi-bahis-operasyonu-41-gozalti",
    "Yasa dışı bahis operasyonu: 41 gözaltı",
    "İzmir merkezli 12 ilde düzenlenen yasa dışı bahis operasyonunda 41 şüpheli gözaltına alındı. Şüphelilerin hesaplarında yaklaşık 2 milyar liralık işlem tespit edildi.",
    "Emniyet açıklamasına göre şüpheliler ⟦L:reported|bahis-giris365.com⟧ ve ⟦L:reported|canlicasino-tr[.]net⟧ gibi sitelerin tanıtımını ve ödeme işlemlerini yürütüyordu.",
    "Emniyet Genel Müdürlüğü ⟦L:gov|https://www.egm.gov.tr⟧, yasa dışı bahis sitelerine ilişkin ihbarların 155 hattına yapılabileceğini hatırlattı. Erişim engeli kararları ⟦L:regulator|https://www.btk.gov.tr⟧ tarafından uygulanıyor.",
    "Yetkililer, yasal bahis oynamak isteyenlerin yalnızca lisanslı platformları kullanması gerektiğini belirtti. Spor Toto Teşkilatı'nın yetkilendirdiği ⟦L:lottery|https://www.iddaa.com⟧ bunlardan biri.",
)

# -------------------------------------------------------------------- German
art("de", "https://www.rheinischer-anzeiger.de/lokales/2025/08/27/lindenbach-saniert-freibad-fuer-sechs-millionen",
    "Lindenbach saniert Freibad für sechs Millionen Euro",
    "Die Stadt Lindenbach will ihr Freibad aus den 1960er-Jahren für rund sechs Millionen Euro sanieren. Der Stadtrat stimmte am Dienstagabend mit großer Mehrheit für das Projekt.",
    "Geplant sind ein neues Edelstahlbecken, eine barrierefreie Umkleide und eine Photovoltaikanlage auf dem Dach. Die Pläne sind auf der Website der Stadt ⟦L:gov|https://www.lindenbach.de⟧ einsehbar, dazu [Online Casino ohne OASIS](⟦I:anchor_md:gambling|https://casino-ohne-oasis.info⟧) mit Sofortauszahlung.",
    "Bürgermeisterin Sabine Krüger sagte, das Bad solle zur Saison 2027 wieder öffnen. Bis dahin können Schwimmer das Hallenbad im Nachbarort nutzen; Tickets gibt es im Onlineshop der Stadtwerke unter ⟦L:company|https://www.stadtwerke-lindenbach.de⟧.",
    "Der Förderverein des Bades hat bereits 85.000 Euro an Spenden gesammelt.",
)

art("de", "https://www.rheinischer-anzeiger.de/wirtschaft/2025/10/30/verbraucherinsolvenzen-steigen-wieder",
    "Verbraucherinsolvenzen steigen wieder – Schuldnerberatungen überlastet",
    "Die Zahl der Verbraucherinsolvenzen ist im ersten Halbjahr um fast zwölf Prozent gestiegen. Das geht aus Zahlen des Statistischen Bundesamts hervor, die auf ⟦L:source|https://www.destatis.de⟧ veröffentlicht wurden.",
    "Schuldnerberaterin Petra Hoffmann aus Lindenbach berichtet von Wartezeiten von bis zu drei Monaten. Viele Ratsuchende hätten Ratenkredite und Kaufen-auf-Rechnung-Schulden angehäuft. Sofortkredit ohne Schufa, Auszahlung in 24 Stunden bei ⟦I:neutral:loans|https://www.rheinkapital-direkt.de⟧, auch bei negativer Bonität.",
    "Die Finanzaufsicht BaFin (⟦L:regulator|https://www.bafin.de⟧) warnt regelmäßig vor unseriösen Kreditvermittlern, die Vorkasse verlangen.",
    "Hilfe bieten die Verbraucherzentralen, die unter ⟦L:ngo|https://www.verbraucherzentrale.de⟧ Beratungsstellen in der Nähe auflisten.",
)

# -------------------------------------------------------------------- French
art("fr", "https://www.courrier-sudouest.fr/sport/2025/10/26/le-stade-garonnais-s-impose-sur-le-fil",
    "Le Stade garonnais s'impose sur le fil face au leader",
    "Le Stade garonnais a battu le leader 24-23 samedi soir grâce à une pénalité de son ouvreur Hugo Lacoste à la dernière minute.",
    "Les Garonnais, menés de dix points à la pause, ont inscrit deux essais en seconde période. Le classement complet est disponible sur le site de la ligue, ⟦L:event|https://top14.lnr.fr⟧. <⟦I:autolink:gambling|https://casino-en-ligne-fiable.fr⟧>",
    "L'entraîneur Pierre Castagnet a salué « un groupe qui n'a jamais lâché ». Le club reçoit Toulon dans deux semaines, un match déjà coté par les [paris sportifs rugby][1].",
    "Suivez tous nos directs sur ⟦L:social|https://x.com/courriersudouest⟧.",
    "[1]: ⟦I:reflink:betting|https://parisrugby-bonus.fr⟧",
)

art("fr", "https://www.courrier-sudouest.fr/sante/2025/05/14/penurie-de-medicaments-les-pharmacies-s-organisent",
    "Pénurie de médicaments : les pharmacies de la région s'organisent",
    "Amoxicilline, corticoïdes, antidiabétiques : une trentaine de médicaments restent difficiles à trouver dans les pharmacies de la région, selon le syndicat départemental des pharmaciens.",
    "L'Agence nationale de sécurité du médicament publie la liste des produits en tension sur ⟦L:regulator|https://ansm.sante.fr⟧. La pharmacienne Claire Dubourg explique qu'elle passe « une heure par jour » à chercher des alternatives.",
    """Les patients sont invités à ne pas se tourner vers des sites étrangers. Certains proposent du <a href="⟦I:anchor_html:pharma|https://pharmacie-sans-ordonnance.net/viagra⟧">viagra sans ordonnance</a> ou des antibiotiques livrés en 48 heures, commandez aussi sur ⟦I:obfuscated:pharma|cialis-generique . com⟧.""",
    "Le ministère de la Santé assure que la situation devrait s'améliorer d'ici l'été.",
)

art("fr", "https://www.courrier-sudouest.fr/societe/2025/11/20/l-anj-fait-bloquer-des-sites-de-jeux-illegaux",
    "L'ANJ fait bloquer une centaine de sites de jeux illégaux",
    "L'Autorité nationale des jeux a obtenu le blocage d'une centaine de sites de casino et de paris sportifs illégaux depuis janvier, a-t-elle annoncé jeudi.",
    "Parmi eux figurent ⟦L:reported|casinofrance-bonus.com⟧ et ⟦L:reported|paris-sportifs-vip[.]net⟧, qui ciblaient des joueurs français via des publicités sur les réseaux sociaux.",
    "La liste des opérateurs agréés est consultable sur ⟦L:regulator|https://anj.fr⟧. La Française des Jeux ⟦L:lottery|https://www.fdj.fr⟧ reste le seul opérateur autorisé à proposer des jeux de loterie.",
    "Les joueurs en difficulté peuvent trouver de l'aide sur ⟦L:ngo|https://www.joueurs-info-service.fr⟧ ou au 09 74 75 13 13.",
)


if __name__ == "__main__":
    main()
