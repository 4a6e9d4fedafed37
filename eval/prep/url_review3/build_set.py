#!/usr/bin/env python3
"""Blind held-out evaluation set for gleaner's injected-URL removal (adv3).

All articles were written for this set (no verbatim copies of real texts). Each record:
  {"id","url","title","text","labels":[{"span","injected","kind","lang"[,"niche"]}]}
`span` is the exact URL / domain substring as it appears in `text`; `injected` says whether a spam
injector put it there (True) or it belongs to the article (False).

Usage: python3 eval/prep/url_review3/build_set.py tests/fixtures/urls-review3/review3.jsonl
"""
import collections
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set.jsonl")

ARTS = []


def add(key, lang, url, title, text, labels):
    """labels: (span, injected, kind[, niche]) tuples; niche only for injected spans."""
    paras = [p.strip("\n").rstrip() for p in text.strip("\n").split("\n\n")]
    paras = [p for p in paras if p.strip()]
    ARTS.append(dict(key=key, lang=lang, url=url, title=title, text="\n\n".join(paras),
                     labels=labels, nparas=len(paras)))


TLDS = ("com|net|org|id|my|vn|th|br|es|tr|sa|ae|jp|uk|io|co|info|xyz|site|online|bet|app|ly|gy|"
        "gov|edu|int|me|ee|to|live|club|top|vip|pro|asia|link|store|shop|cc|tv|ai|dev|news|biz|us|"
        "eu|de|fr|ar|mx|ph|gle|sg|au|in|cn|kr|ru|ng|ws|la|so|cyou|icu|fun|win|games|casino|page|"
        "social|ch|mil|ac|go|or|ne|gd|in|eg|qa|kw|ma|pt|cl|pe|sbs|lat|bio|today|world|digital|"
        "finance|health|pharmacy|loan|money|cash|bond|gg|ge|am|is|ms|st|tk|ml|ga|cf|nl|be|se|no|"
        "fi|dk|pl|it|at|ca|nz|za|ke|hk|tw|kh|mm|lk|pk|bd|np|ps|jo|lb|om|bh|dz|tn|ly|sd|iq|sy|ye|"
        "ir|af|uz|kz|az|ua|by|md|ro|bg|gr|cy|mt|hr|si|sk|cz|hu|lt|lv")
URL_RE = re.compile(r"https?://[^\s<>\"'\)\]（）「」、。，\u3000]+")
DOM_RE = re.compile(r"(?<![\w@./-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + TLDS +
                    r")(?![a-z0-9-])(?:/[^\s<>\"'\)\]（）「」、。，\u3000]*)?")


def occurrences(text, span):
    out, i = [], text.find(span)
    while i >= 0:
        out.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return out


def validate(a):
    errs = []
    text = a["text"]
    if not 3 <= a["nparas"] <= 8:
        errs.append("paragraphs=%d" % a["nparas"])
    spans = [l[0] for l in a["labels"]]
    if len(set(spans)) != len(spans):
        errs.append("duplicate label spans")
    for s in spans:
        if s not in text:
            errs.append("span not in text: %r" % s)
        for t in spans:
            if s != t and s in t:
                errs.append("span %r is a substring of span %r" % (s, t))
    covered = []
    for s in spans:
        covered += occurrences(text, s)
    for rx in (URL_RE, DOM_RE):
        for m in rx.finditer(text):
            st, en = m.start(), m.end()
            frag = m.group(0)
            while frag and frag[-1] in ".,;:!?":
                frag, en = frag[:-1], en - 1
            if not any(cs <= st and en <= ce for cs, ce in covered):
                # a bare domain may be the host part of a labelled URL
                if not any(cs <= st < ce for cs, ce in covered):
                    errs.append("unlabelled URL/domain: %r" % frag)
    for l in a["labels"]:
        if l[1] and len(l) < 4:
            errs.append("injected span without niche: %r" % l[0])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", l[2]):
            errs.append("bad kind %r" % l[2])
    return errs


# ============================================================================ Indonesian
add("id01", "id", "https://kabarkini24.xyz/2024/08/harga-beras-medium-naik-cirebon/",
"Harga Beras Medium Naik di Sejumlah Pasar Tradisional Cirebon", """
Harga Beras Medium Pedagang di Pasar https://hokiwin303.com/ Kanoman mengaku penjualan turun hampir sepertiga sejak awal bulan karena pembeli memilih membeli dalam jumlah kecil.

Harga beras medium di sejumlah pasar tradisional di Kabupaten Cirebon naik Rp1.000 hingga Rp1.500 per kilogram dalam dua pekan terakhir. Kenaikan terjadi di tengah panen yang belum merata di wilayah pantai utara Jawa Barat.

Berdasarkan Panel Harga Badan Pangan Nasional (panelharga.badanpangan.go.id), rata-rata harga beras medium di Jawa Barat kini menyentuh Rp13.900 per kilogram, di atas harga eceran tertinggi yang ditetapkan pemerintah untuk zona tersebut.

Pedagang di Pasar Kanoman mengaku penjualan turun hampir sepertiga sejak awal bulan karena pembeli memilih membeli dalam jumlah kecil.

"Biasanya orang beli sekarung, sekarang lima kilo saja sudah bagus. Modal kami juga ikut naik," kata Wartini, pedagang beras yang sudah berjualan selama dua puluh tahun di pasar itu.

Dinas Perdagangan dan Perindustrian setempat berencana menggelar operasi pasar bersama Perum Bulog mulai pekan depan di 12 titik, terutama di kecamatan yang jauh dari pusat kota.
""", [("https://hokiwin303.com/", 1, "homepage-spun-dup", "gambling"),
      ("panelharga.badanpangan.go.id", 0, "gov-citation")])

add("id02", "id", "https://www.antaranews.com/berita/4120551/satgas-pasti-blokir-537-entitas-pinjol-ilegal",
"Satgas PASTI Blokir 537 Entitas Pinjol Ilegal Sepanjang Semester Pertama", """
Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) menghentikan 537 entitas pinjaman online ilegal sepanjang semester pertama tahun ini. Sebagian besar entitas itu beroperasi melalui aplikasi yang disebarkan lewat tautan pesan singkat dan media sosial.

Ketua Satgas PASTI mengatakan modus yang paling banyak ditemukan adalah penawaran pinjaman "cair lima menit tanpa agunan" yang kemudian disertai bunga harian sangat tinggi dan ancaman penyebaran data pribadi kepada kontak peminjam.

Beberapa aplikasi yang diblokir memakai nama domain yang sekilas tampak meyakinkan, antara lain danakilat-cair.com dan pinjamcepat88.online. Keduanya sudah tidak dapat diakses sejak akhir Juni setelah Satgas berkoordinasi dengan kementerian terkait.

Otoritas Jasa Keuangan mengimbau masyarakat memeriksa legalitas penyelenggara sebelum meminjam. Daftar penyelenggara fintech lending berizin dapat dilihat di https://www.ojk.go.id/id/kanal/iknb/financial-technology/Default.aspx atau ditanyakan melalui Kontak OJK 157.

Warga yang sudah telanjur menjadi korban penagihan tidak beretika diminta melapor lewat portal https://konsumen.ojk.go.id/FormPengaduan dengan melampirkan bukti percakapan dan tangkapan layar aplikasi.
""", [("danakilat-cair.com", 0, "reported-blocked-domain"),
      ("pinjamcepat88.online", 0, "reported-blocked-domain"),
      ("https://www.ojk.go.id/id/kanal/iknb/financial-technology/Default.aspx", 0, "regulator-crackdown"),
      ("https://konsumen.ojk.go.id/FormPengaduan", 0, "regulator-crackdown")])

add("id03", "id", "https://www.cnnindonesia.com/teknologi/20240915143022-185-1145820/komdigi-turunkan-2-juta-konten-judi-online",
"Komdigi Turunkan 2 Juta Konten Judi Online, Warga Diminta Aktif Melapor", """
Kementerian Komunikasi dan Digital (Komdigi) menyatakan telah menurunkan lebih dari dua juta konten judi online sejak tahun lalu. Konten tersebut tersebar di situs web, media sosial, hingga berkas yang disisipkan ke laman instansi pemerintah dan kampus.

Menteri Komunikasi dan Digital mengatakan pelaku kerap membobol situs resmi lembaga untuk menitipkan halaman promosi judi. "Kami menemukan ribuan subdomain kampus dan pemerintah daerah yang disusupi," ujarnya dalam konferensi pers, Minggu.

Masyarakat yang menemukan konten perjudian diminta melapor melalui aduankonten.id. Rincian penindakan juga dimuat dalam siaran pers di https://www.komdigi.go.id/berita/siaran-pers/detail/komdigi-turunkan-dua-juta-konten-judi-online yang dirilis pada hari yang sama.

Pengamat keamanan siber menilai pengelola situs lembaga perlu rutin memperbarui sistem manajemen konten dan menghapus akun administrator yang tidak lagi dipakai.

<div style="display:none;">
<a href="https://siakad.univ-nusantara-barat.ac.id/uploads/slot-gacor/" rel="dofollow">Slot Gacor</a>
<a href="https://bapenda.kabtanahlaut.go.id/-/slot-thailand/" rel="dofollow">Slot Thailand</a>
<a href="https://pintu-gacor.store/" rel="dofollow">situs toto</a>
</div>
""", [("aduankonten.id", 0, "regulator-crackdown"),
      ("https://www.komdigi.go.id/berita/siaran-pers/detail/komdigi-turunkan-dua-juta-konten-judi-online", 0, "regulator-crackdown"),
      ("https://siakad.univ-nusantara-barat.ac.id/uploads/slot-gacor/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://bapenda.kabtanahlaut.go.id/-/slot-thailand/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://pintu-gacor.store/", 1, "hidden-block", "gambling")])

add("id04", "id", "https://www.bolanusantara.id/timnas/2024/10/garuda-siap-hadapi-bahrain",
"Timnas Indonesia Siap Hadapi Bahrain, Tiket Ludes dalam Dua Jam", """
Tim nasional Indonesia menjalani latihan terakhir di Stadion Madya, Senayan, jelang laga kualifikasi Piala Dunia melawan Bahrain. Seluruh pemain dalam kondisi bugar, termasuk dua pemain naturalisasi yang baru bergabung pekan lalu.

Pelatih kepala menyebut para pendukung <a href="https://bandarbola855.pro/">agen judi bola</a> Garuda akan menjadi pemain kedua belas. "Kami ingin memberi hadiah kemenangan di depan suporter sendiri," katanya kepada wartawan.

Tiket pertandingan yang dijual melalui https://www.garudaticket.id/ habis dalam waktu kurang dari dua jam. Federasi mengingatkan suporter agar tidak membeli tiket dari calo atau akun media sosial yang tidak resmi.

Informasi resmi mengenai jadwal dan aturan masuk stadion diumumkan melalui laman pssi.org serta akun Instagram federasi, instagram.com/pssi.

Laga akan dimulai pukul 19.30 WIB dan disiarkan langsung oleh televisi nasional. Pintu stadion dibuka tiga jam sebelum sepak mula.
""", [("https://bandarbola855.pro/", 1, "keyword-anchor", "betting"),
      ("https://www.garudaticket.id/", 0, "official-ticketing"),
      ("pssi.org", 0, "org-official"),
      ("instagram.com/pssi", 0, "social")])

add("id05", "id", "https://jogja.tribunnews.com/2024/03/12/kasus-dbd-di-sleman-melonjak",
"Kasus DBD di Sleman Melonjak, Dinkes Gencarkan Pemberantasan Sarang Nyamuk", """
Dinas Kesehatan Kabupaten Sleman mencatat 412 kasus demam berdarah dengue (DBD) sejak Januari, hampir dua kali lipat dibanding periode yang sama tahun lalu. Tiga pasien di antaranya meninggal dunia.

Kepala Dinkes Sleman mengatakan curah hujan yang tinggi dan genangan di lingkungan permukiman menjadi pemicu utama. Pihaknya meminta warga kembali menggalakkan gerakan 3M Plus setiap pekan.

Baca juga: Stok Darah PMI Sleman Menipis, Warga Diajak Donor https://jogja.tribunnews.com/2024/03/10/stok-darah-pmi-sleman-menipis

Data mingguan kasus per kecamatan dipublikasikan di https://dinkes.slemankab.go.id/ dan diperbarui setiap Senin. Kecamatan Depok, Mlati, dan Gamping mencatat kasus tertinggi.

Baca juga: Link Situs Slot Gacor Hari Ini Gampang Maxwin s.id/gacorhariini88

Puskesmas juga membuka layanan pemeriksaan gratis bagi warga yang mengalami demam lebih dari dua hari. Warga diminta tidak menunda pemeriksaan karena fase kritis DBD sering terjadi pada hari ketiga hingga kelima.
""", [("https://jogja.tribunnews.com/2024/03/10/stok-darah-pmi-sleman-menipis", 0, "own-baca-juga"),
      ("https://dinkes.slemankab.go.id/", 0, "gov-portal-mid-sentence"),
      ("s.id/gacorhariini88", 1, "baca-juga-spam", "gambling")])

add("id06", "id", "https://www.radarbogor.id/2024/06/03/pendaftaran-ppdb-kota-bogor-dibuka",
"Pendaftaran PPDB Kota Bogor Dibuka, Orang Tua Diminta Siapkan Kartu Keluarga", """
Penerimaan Peserta Didik Baru (PPDB) jenjang SD dan SMP di Kota Bogor resmi dibuka Senin pagi. Pendaftaran tahap pertama untuk jalur zonasi, afirmasi, dan perpindahan tugas orang tua berlangsung hingga 8 Juni.

Kepala Dinas Pendidikan Kota Bogor mengatakan seluruh proses dilakukan secara daring. Orang tua dapat mendaftar melalui laman https://ppdb.kotabogor.go.id/ dengan menyiapkan kartu keluarga, akta kelahiran, dan rapor semester terakhir.

Bagi orang tua yang kesulitan mengakses internet, sekolah menyediakan posko pendampingan. Panduan lengkap juga bisa diunduh lewat tautan s.id/PanduanPPDBBogor2024 yang dibagikan Disdik di media sosial.

Pengumuman hasil seleksi tahap pertama dijadwalkan pada 12 Juni. Calon peserta didik yang tidak lolos masih dapat mengikuti tahap kedua melalui jalur prestasi.

Disdik juga membuka layanan pengaduan melalui WhatsApp dan akun Instagram @disdikkotabogor selama masa pendaftaran.
""", [("https://ppdb.kotabogor.go.id/", 0, "gov-portal-mid-sentence"),
      ("s.id/PanduanPPDBBogor2024", 0, "gov-shortener")])

add("id07", "id", "https://www.suaramerdeka.com/semarang/2024/12/banjir-rob-genangi-kawasan-tanjung-emas",
"Banjir Rob Genangi Kawasan Tanjung Emas, Aktivitas Pelabuhan Terganggu", """
Banjir rob kembali menggenangi kawasan Pelabuhan Tanjung Emas, Semarang, Kamis siang. Ketinggian air di sejumlah ruas jalan mencapai 40 sentimeter sehingga truk kontainer harus mengantre untuk keluar masuk pelabuhan.

Stasiun Meteorologi Maritim Tanjung Emas memperkirakan pasang maksimum air laut masih terjadi hingga akhir pekan. Prakiraan terbaru dapat dipantau warga melalui www.bmkg.go.id dan aplikasi InfoBMKG.

Para pekerja gudang terpaksa memindahkan barang ke tempat yang lebih tinggi. Sebagian pekerja mengaku sudah www.togelkita.club terbiasa menghadapi rob yang datang hampir setiap bulan.

Pemerintah Kota Semarang menyiagakan pompa portabel di enam titik. Wali kota meminta warga pesisir menjauhkan peralatan listrik dari lantai rumah selama masa pasang.
""", [("www.bmkg.go.id", 0, "gov-portal-mid-sentence"),
      ("www.togelkita.club", 1, "www-domain-mid-sentence", "gambling")])

add("id08", "id", "https://www.univ-sriwangsa.ac.id/berita/wisuda-periode-ii-2024",
"Universitas Sriwangsa Wisuda 1.240 Lulusan Periode II", """
Universitas Sriwangsa mewisuda 1.240 lulusan program diploma, sarjana, dan pascasarjana pada Sabtu (14/9). Prosesi berlangsung di Gedung Serbaguna kampus dan disiarkan langsung melalui kanal YouTube universitas.

Rektor dalam sambutannya meminta para lulusan terus belajar di tengah perubahan dunia kerja yang cepat. Ia juga menyampaikan bahwa 68 persen lulusan tahun lalu telah bekerja kurang dari enam bulan setelah wisuda.

Lulusan terbaik tingkat universitas diraih mahasiswa Program Studi Teknik Sipil dengan indeks prestasi kumulatif 3,97. Daftar lengkap lulusan dapat dilihat di https://www.univ-sriwangsa.ac.id/wisuda/daftar-lulusan-2024-ii.

Bagi calon mahasiswa, pendaftaran mahasiswa baru gelombang kedua masih dibuka melalui https://pmb.univ-sriwangsa.ac.id/ hingga akhir Oktober.

<div style="display:none;">
<p><a href="https://www.univ-sriwangsa.ac.id/wp-content/uploads/toto/">situs toto</a></p>
<p><a href="https://lms.poltek-samudra.ac.id/store/gates-of-olympus/">gates of olympus</a></p>
<p><a href="https://dpmptsp.kotamadiun-raya.go.id/assets/rtp/">rtp slot gacor</a></p>
<p><a href="https://perpustakaan.stikes-harapanbangsa.ac.id/.well-known/slot-dana/">slot dana</a></p>
</div>
""", [("https://www.univ-sriwangsa.ac.id/wisuda/daftar-lulusan-2024-ii", 0, "own-site"),
      ("https://pmb.univ-sriwangsa.ac.id/", 0, "own-site"),
      ("https://www.univ-sriwangsa.ac.id/wp-content/uploads/toto/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://lms.poltek-samudra.ac.id/store/gates-of-olympus/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://dpmptsp.kotamadiun-raya.go.id/assets/rtp/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://perpustakaan.stikes-harapanbangsa.ac.id/.well-known/slot-dana/", 1, "hidden-block-hacked-inst", "gambling")])

add("id09", "id", "https://www.kompas.id/baca/polhuk/2024/11/20/kpu-imbau-pemilih-cek-dpt",
"KPU Imbau Pemilih Cek Nama di DPT Sebelum Hari Pemungutan Suara", """
Komisi Pemilihan Umum (KPU) mengimbau warga memastikan namanya tercantum dalam daftar pemilih tetap (DPT) sebelum hari pemungutan suara pilkada serentak. Pengecekan bisa dilakukan secara mandiri hanya dengan nomor induk kependudukan.

Anggota KPU mengatakan layanan pengecekan tersedia di https://cekdptonline.kpu.go.id/ dan telah diakses lebih dari 30 juta kali dalam sebulan terakhir. Warga yang belum terdaftar dapat memilih menggunakan KTP elektronik pada satu jam terakhir.

Menurut KPU, jumlah tempat pemungutan suara tahun ini berkurang karena penggabungan TPS di sejumlah desa. Informasi lokasi TPS dan profil pasangan calon juga tersedia di laman [Info Pemilu](https://infopemilu.kpu.go.id/).

Sementara itu, pemantau pemilu meminta KPU memperbanyak sosialisasi di daerah terpencil yang sulit mendapat sinyal internet. "Jangan sampai [situs toto](https://gerbangtoto.xyz/) pemilih kehilangan hak karena tidak tahu TPS-nya pindah," kata koordinator pemantau.

KPU memastikan petugas KPPS akan membagikan surat pemberitahuan memilih paling lambat tiga hari sebelum pemungutan suara.
""", [("https://cekdptonline.kpu.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://infopemilu.kpu.go.id/", 0, "gov-citation"),
      ("https://gerbangtoto.xyz/", 1, "markdown-keyword-anchor", "gambling")])

add("id10", "id", "https://www.liputan6.com/crypto/read/5712345/harga-bitcoin-tembus-rekor",
"Harga Bitcoin Tembus Rekor, Bappebti Ingatkan Risiko Investasi Kripto", """
Harga Bitcoin Tembus Bappebti juga mengingatkan https://cuankoin-pro.io/daftar bahwa pedagang aset kripto yang sah wajib terdaftar dan diawasi, sehingga masyarakat diminta tidak tergiur tawaran keuntungan pasti.

Harga Bitcoin menembus rekor baru pada perdagangan Senin dini hari, didorong derasnya arus dana ke produk investasi berbasis kripto di Amerika Serikat. Sejumlah aset kripto lain ikut menguat lebih dari lima persen.

Data CoinMarketCap (coinmarketcap.com) menunjukkan kapitalisasi pasar kripto global kembali berada di atas 2,5 triliun dolar AS. Volume transaksi di bursa domestik juga meningkat tajam sepanjang akhir pekan.

Bappebti juga mengingatkan bahwa pedagang aset kripto yang sah wajib terdaftar dan diawasi, sehingga masyarakat diminta tidak tergiur tawaran keuntungan pasti.

Daftar pedagang fisik aset kripto yang terdaftar dapat dicek di https://bappebti.go.id/pialang_berjangka/view/pedagang-fisik-aset-kripto. Analis menyarankan investor ritel membatasi porsi kripto tidak lebih dari sepuluh persen dari total portofolio.
""", [("https://cuankoin-pro.io/daftar", 1, "homepage-spun-dup", "crypto"),
      ("coinmarketcap.com", 0, "data-citation"),
      ("https://bappebti.go.id/pialang_berjangka/view/pedagang-fisik-aset-kripto", 0, "regulator-crackdown")])

add("id11", "id", "https://www.detik.com/jabar/hukum-dan-kriminal/d-7412233/modus-bansos-palsu",
"Waspada Modus Bansos Palsu Lewat Tautan WhatsApp, Polisi Ungkap Cirinya", """
Polda Jawa Barat mengungkap jaringan penipuan yang mengatasnamakan bantuan sosial pemerintah. Pelaku menyebarkan tautan melalui grup WhatsApp dan meminta korban mengisi data pribadi serta kode OTP.

Direktur Reserse Siber Polda Jabar mengatakan tautan yang dipakai pelaku meniru tampilan situs kementerian. Salah satunya beralamat di bantuan-sosial-kemensos.online, yang kini sudah diblokir atas permintaan kepolisian.

Polisi mengingatkan bahwa pengecekan penerima bansos yang resmi hanya dilakukan melalui https://cekbansos.kemensos.go.id/ atau aplikasi Cek Bansos. Kementerian tidak pernah meminta kode OTP maupun biaya administrasi.

Masyarakat juga dapat memeriksa apakah nomor rekening atau nomor telepon tertentu pernah dilaporkan terkait penipuan melalui cekrekening.id yang dikelola pemerintah.

Laporan kejahatan siber dapat disampaikan melalui https://patrolisiber.id/ milik Direktorat Tindak Pidana Siber Bareskrim Polri. Sejauh ini polisi telah menerima 87 laporan korban dengan total kerugian sekitar Rp1,2 miliar.
""", [("bantuan-sosial-kemensos.online", 0, "reported-blocked-domain"),
      ("https://cekbansos.kemensos.go.id/", 0, "gov-portal-mid-sentence"),
      ("cekrekening.id", 0, "regulator-crackdown"),
      ("https://patrolisiber.id/", 0, "police-portal")])

add("id12", "id", "https://www.republika.co.id/berita/s8k2lp/bpom-sita-obat-kuat-ilegal",
"BPOM Sita Obat Kuat Ilegal Senilai Rp3 Miliar dari Gudang di Tangerang", """
Badan Pengawas Obat dan Makanan (BPOM) menyita ratusan ribu butir obat kuat ilegal dari sebuah gudang di Tangerang. Produk tersebut tidak memiliki izin edar dan diduga mengandung bahan kimia obat dengan dosis berbahaya.

Kepala BPOM mengatakan produk dipasarkan melalui toko daring dengan klaim "herbal alami". Hasil uji laboratorium menunjukkan sebagian besar mengandung sildenafil yang dapat memicu gangguan jantung.

Pemilik gudang mengaku menjual produk itu melalui toko daring dan obatkuat-asli.com sejak dua tahun lalu dengan omzet puluhan juta rupiah per bulan.

Masyarakat diimbau memeriksa nomor izin edar sebelum membeli obat atau suplemen. Pengecekan dapat dilakukan melalui https://cekbpom.pom.go.id/ dengan memasukkan nama produk atau nomor registrasi.

BPOM juga bekerja sama dengan platform lokapasar untuk menurunkan lebih dari 4.000 tautan penjualan obat ilegal sepanjang tahun ini.
""", [("obatkuat-asli.com", 1, "bare-domain-mid-sentence", "pharma"),
      ("https://cekbpom.pom.go.id/", 0, "regulator-crackdown")])

add("id13", "id", "https://beritagames.net/2024/05/pbesi-gelar-seleknas-esports",
"PBESI Gelar Seleksi Nasional Esports Jelang SEA Games", """
PBESI Gelar Seleksi tim https://arena-esportindo.com/ pelatnas akan diumumkan setelah babak final daring selesai akhir bulan ini dan para pemain terpilih langsung menjalani pemusatan latihan di Jakarta.

Pengurus Besar Esports Indonesia (PBESI) menggelar seleksi nasional untuk lima nomor pertandingan yang akan dipertandingkan di SEA Games mendatang. Lebih dari 3.000 pemain mendaftar dari 34 provinsi.

Menurut keterangan di laman resmi pbesi.org, seleksi dibagi menjadi babak kualifikasi daring dan babak final luring. Nomor Mobile Legends menjadi yang paling banyak diminati dengan 640 tim pendaftar.

Tim pelatnas akan diumumkan setelah babak final daring selesai akhir bulan ini dan para pemain terpilih langsung menjalani pemusatan latihan di Jakarta.

Sekretaris Jenderal PBESI berharap Indonesia bisa mempertahankan dua medali emas yang diraih pada edisi sebelumnya. "Persaingan di Asia Tenggara makin ketat, terutama dari Filipina dan Vietnam," ujarnya.
""", [("https://arena-esportindo.com/", 1, "homepage-spun-dup", "gambling"),
      ("pbesi.org", 0, "org-official")])

add("id14", "id", "https://www.cnbcindonesia.com/news/20240422/gempa-m5-8-guncang-garut",
"Gempa M5,8 Guncang Garut, Getaran Terasa hingga Bandung", """
Gempa bumi bermagnitudo 5,8 mengguncang wilayah selatan Kabupaten Garut, Jawa Barat, Senin malam. Getaran dirasakan cukup kuat di Tasikmalaya, Bandung, hingga sebagian Jakarta.

Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut pusat gempa berada di laut pada kedalaman 110 kilometer. Gempa tidak berpotensi tsunami. Pembaruan parameter gempa disampaikan melalui https://www.bmkg.go.id/gempabumi/gempabumi-dirasakan.bmkg dan akun x.com/infoBMKG.

Badan Penanggulangan Bencana Daerah (BPBD) Garut melaporkan sedikitnya 42 rumah rusak ringan dan dua sekolah mengalami retak pada dinding. Belum ada laporan korban jiwa.

Kepala Pusat Gempa Bumi dan Tsunami BMKG meminta warga tidak terpancing isu gempa susulan yang lebih besar. "Hingga pukul 22.00 WIB tercatat empat gempa susulan dengan magnitudo terbesar 3,2," katanya.
""", [("https://www.bmkg.go.id/gempabumi/gempabumi-dirasakan.bmkg", 0, "gov-citation"),
      ("x.com/infoBMKG", 0, "social")])

add("id15", "id", "https://www.pikiran-rakyat.com/bola/pr-018812345/persib-menang-tipis",
"Persib Menang Tipis atas Persija, Puncak Klasemen Kembali Direbut", """
Persib Bandung menang tipis 1-0 atas Persija Jakarta pada laga pekan ke-12 Liga 1 di Stadion Si Jalak Harupat, Sabtu malam. Gol tunggal dicetak lewat sundulan pada menit ke-67.

Kemenangan ini membawa Persib kembali ke puncak klasemen dengan 26 poin, unggul satu angka dari Borneo FC. Pelatih Persib menilai timnya bermain disiplin meski kehilangan dua pemain inti karena cedera.

Manajemen klub mengumumkan penjualan tiket laga kandang berikutnya dimulai Senin melalui https://www.persib.co.id/tiket dan aplikasi resmi klub. Kapasitas stadion tetap dibatasi sesuai rekomendasi kepolisian.

Laga ini juga menjadi debut sponsor utama baru klub, perusahaan logistik yang namanya terpampang di bagian depan jersey mulai putaran kedua.

<div style="opacity: 0;">
<p><strong><a href="https://naga-303.site/">NAGA303</a></strong></p>
<p><strong><a href="https://kopisenja-roastery.net/">Slot Dana</a></strong></p>
</div>
""", [("https://www.persib.co.id/tiket", 0, "org-official"),
      ("https://naga-303.site/", 1, "hidden-block", "gambling"),
      ("https://kopisenja-roastery.net/", 1, "hidden-block", "gambling")])

add("id16", "id", "https://www.tempo.co/arsip/kecelakaan-beruntun-tol-cipularang",
"Kecelakaan Beruntun di Tol Cipularang Libatkan Tujuh Kendaraan", """
Kecelakaan beruntun melibatkan tujuh kendaraan terjadi di Tol Cipularang Kilometer 92 arah Jakarta, Rabu sore. Dua orang mengalami luka berat dan dilarikan ke rumah sakit terdekat di Purwakarta.

Polisi menduga kecelakaan bermula dari truk bermuatan pasir yang mengalami rem blong di turunan panjang. Truk tersebut menabrak minibus di depannya sebelum menyeret kendaraan lain.

Jasa Marga menyebut antrean kendaraan sempat mengular hingga lima kilometer. Pengguna jalan diminta memantau informasi lalu lintas bit.ly/3GacorMx terkini sebelum berangkat, terutama pada jam sibuk sore hari.

Informasi resmi kondisi ruas tol juga dapat dipantau melalui https://www.jasamarga.com/ dan layanan Call Center 14080. Evakuasi kendaraan selesai sekitar pukul 20.00 WIB.

Pakar keselamatan jalan meminta pemerintah memperketat pengawasan kendaraan kelebihan muatan yang masih sering melintas di ruas tersebut.
""", [("bit.ly/3GacorMx", 1, "shortener-mid-sentence", "gambling"),
      ("https://www.jasamarga.com/", 0, "company-official")])

add("id17", "id", "https://jatimnow.com/baca-72311-umkm-batik-tuban-tembus-pasar-jepang",
"UMKM Batik Tuban Tembus Pasar Jepang Berkat Pendampingan Ekspor", """
Sebuah kelompok perajin batik gedog asal Tuban berhasil mengirimkan 1.500 lembar kain ke Jepang setelah mengikuti program pendampingan ekspor dari pemerintah provinsi. Batik tenun tangan itu diminati karena menggunakan pewarna alami.

Ketua kelompok perajin mengatakan pesanan pertama datang dari sebuah toko kerajinan di Kyoto yang menemukan produk mereka dalam pameran virtual. "Kami tidak menyangka, awalnya hanya iseng ikut pameran daring," ujarnya.

Program pendampingan tersebut diselenggarakan Dinas Koperasi dan UKM Jawa Timur bekerja sama dengan Lembaga Pembiayaan Ekspor Indonesia. Informasi program tersedia di laman https://diskopukm.jatimprov.go.id/ bagi pelaku usaha yang ingin mendaftar tahun depan.

Kain batik gedog dihargai mulai Rp750 ribu hingga Rp3 juta per lembar, tergantung motif dan lama pengerjaan. Untuk memenuhi pesanan, kelompok ini kini melibatkan 40 perempuan penenun dari tiga desa.
""", [("https://diskopukm.jatimprov.go.id/", 0, "gov-portal-mid-sentence")])

add("id18", "id", "https://www.kabarbanyumas.com/2024/07/harga-cabai-rawit-anjlok",
"Harga Cabai Rawit Anjlok, Petani Banyumas Pilih Biarkan di Pohon", """
Harga cabai rawit di tingkat petani di Kabupaten Banyumas anjlok hingga Rp8.000 per kilogram. Sejumlah petani memilih membiarkan cabai membusuk di pohon karena ongkos petik lebih mahal daripada harga jual.

Petani di Kecamatan Cilongok mengaku merugi jutaan rupiah. Ia menanam cabai di lahan setengah hektare dengan modal pinjaman dari kelompok tani. "Kalau begini terus, musim depan saya ganti tanam jagung," katanya.

Petani yang kesulitan modal tanam kini juga kerap <a href="https://danacepatcair.com/">pinjaman online cepat cair</a> ditawari pinjaman oleh pihak yang tidak jelas, sehingga dinas meminta mereka tetap memanfaatkan KUR melalui bank penyalur.

Dinas Pertanian dan Ketahanan Pangan Banyumas menyatakan penurunan harga disebabkan panen raya yang serentak di beberapa sentra produksi di Jawa Tengah. Dinas akan menggandeng BUMD untuk menyerap sebagian hasil panen.

Dilansir dari laman resmi Pemkab Banyumas, banyumaskab.go.id, pemerintah daerah juga menyiapkan pelatihan pengolahan cabai kering dan sambal kemasan agar nilai jual cabai tidak sepenuhnya bergantung pada harga segar.
""", [("https://danacepatcair.com/", 1, "keyword-anchor", "loans"),
      ("banyumaskab.go.id", 0, "gov-citation")])

add("id19", "id", "https://www.antaranews.com/berita/4233012/kemenag-umumkan-kuota-haji-2025",
"Kemenag Umumkan Kuota Haji 2025, Calon Jemaah Diminta Cek Nomor Porsi", """
Kementerian Agama mengumumkan kuota haji Indonesia tahun 2025 sebanyak 221.000 jemaah, terdiri atas 203.320 jemaah haji reguler dan 17.680 jemaah haji khusus. Jumlah tersebut sama dengan kuota tahun sebelumnya.

Direktur Jenderal Penyelenggaraan Haji dan Umrah mengatakan jemaah yang masuk daftar berangkat akan dihubungi kantor Kemenag kabupaten/kota masing-masing. Calon jemaah dapat memeriksa estimasi keberangkatan melalui https://haji.kemenag.go.id/v5/ dengan memasukkan nomor porsi.

Baca juga: Tips Persiapan Fisik Sebelum Berangkat Haji https://sehatselalu-blog.com/rtp-live/

Kemenag juga mengingatkan masyarakat untuk berhati-hati terhadap tawaran haji tanpa antre atau visa furoda dengan harga murah. Daftar penyelenggara ibadah haji khusus yang berizin tersedia di aplikasi Pusaka Kemenag.

Pelunasan biaya perjalanan ibadah haji tahap pertama dijadwalkan mulai Januari. Besaran biaya yang harus dibayar jemaah akan diumumkan setelah disepakati bersama Komisi VIII DPR.
""", [("https://haji.kemenag.go.id/v5/", 0, "gov-portal-mid-sentence"),
      ("https://sehatselalu-blog.com/rtp-live/", 1, "baca-juga-spam", "gambling")])

add("id20", "id", "https://www.idntimes.com/tech/trend/startup-logistik-rumahkirim-raih-pendanaan",
"Startup Logistik Rumahkirim Raih Pendanaan Seri A Rp250 Miliar", """
Perusahaan rintisan logistik Rumahkirim meraih pendanaan Seri A senilai Rp250 miliar yang dipimpin oleh modal ventura asal Singapura. Dana tersebut akan dipakai untuk memperluas jaringan gudang di luar Jawa.

Dalam siaran pers yang dimuat di https://rumahkirim.co.id/press/pendanaan-seri-a, perusahaan menyebut volume pengiriman meningkat empat kali lipat sepanjang tahun lalu. Saat ini Rumahkirim melayani lebih dari 18.000 penjual daring.

Salah satu pendiri Rumahkirim mengatakan perusahaan akan fokus pada pengiriman antarpulau yang masih mahal. "Biaya kirim dari Surabaya ke Ambon bisa lebih mahal daripada harga barangnya," ujarnya.

Rumahkirim juga membuka sebagian pustaka perangkat lunak pelacakan paket mereka di https://github.com/rumahkirim/trackr agar dapat dipakai pengembang lain. Perusahaan menargetkan mulai meraih laba pada 2026.

Kunjungi juga https://mpo888.site/ untuk info menarik lainnya seputar hiburan daring terpercaya dan bonus member baru setiap hari.
""", [("https://rumahkirim.co.id/press/pendanaan-seri-a", 0, "press-release"),
      ("https://github.com/rumahkirim/trackr", 0, "tech-docs"),
      ("https://mpo888.site/", 1, "appended-promo-line", "gambling")])

add("id21", "id", "https://www.jawapos.com/nasional/01544321/polisi-tangkap-admin-situs-judi-online",
"Polisi Tangkap 11 Admin Situs Judi Online Jaringan Kamboja", """
Bareskrim Polri menangkap 11 orang yang berperan sebagai admin dan operator situs judi online jaringan Kamboja. Para tersangka ditangkap di sebuah apartemen di Jakarta Utara dan rumah kontrakan di Batam.

Menurut keterangan polisi, jaringan ini mengelola lebih dari 30 situs dengan nama berbeda, termasuk rajacuan88.online dan sultanplay77.net, yang sebagian servernya berada di luar negeri. Seluruh situs tersebut telah diajukan untuk diblokir.

Direktur Tindak Pidana Siber mengatakan para admin bertugas mempromosikan situs melalui media sosial dan menyisipkan tautan ke situs web milik instansi yang diretas. Perputaran uang jaringan ini diperkirakan mencapai Rp400 miliar per tahun.

Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) turut menelusuri aliran dana ke rekening penampung. Informasi resmi penanganan perkara disampaikan melalui https://humas.polri.go.id/ dan akun Instagram divisi humas.

Para tersangka dijerat pasal perjudian dalam KUHP serta Undang-Undang Informasi dan Transaksi Elektronik dengan ancaman hukuman hingga 10 tahun penjara.
""", [("rajacuan88.online", 0, "reported-blocked-domain"),
      ("sultanplay77.net", 0, "reported-blocked-domain"),
      ("https://humas.polri.go.id/", 0, "police-portal")])

add("id22", "id", "https://www.beritasatu.com/ekonomi/2815543/bi-pertahankan-suku-bunga",
"BI Pertahankan Suku Bunga Acuan di Level 6 Persen", """
Bank Indonesia (BI) mempertahankan suku bunga acuan BI-Rate di level 6 persen dalam Rapat Dewan Gubernur bulan ini. Keputusan tersebut sejalan dengan upaya menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global.

Gubernur BI mengatakan inflasi diperkirakan tetap terkendali dalam kisaran sasaran 2,5 plus minus 1 persen. Pernyataan lengkap hasil rapat dipublikasikan di https://www.bi.go.id/id/publikasi/ruang-media/news-release/ pada sore harinya.

Ekonom menilai BI masih akan menahan suku bunga setidaknya hingga kuartal berikutnya. Menurut mereka, ruang penurunan baru terbuka setelah bank sentral Amerika Serikat mulai melonggarkan kebijakan moneternya.

[url=https://rupiahtoto-login.com/]situs toto rupiah[/url] Pelaku pasar merespons keputusan itu dengan tenang. Indeks Harga Saham Gabungan ditutup menguat tipis 0,3 persen, sementara rupiah bergerak stabil di kisaran Rp15.700 per dolar AS.

Pelaku usaha berharap perbankan tetap menyalurkan kredit dengan bunga yang wajar agar ekspansi usaha tidak tertahan.
""", [("https://www.bi.go.id/id/publikasi/ruang-media/news-release/", 0, "gov-citation"),
      ("https://rupiahtoto-login.com/", 1, "bbcode-keyword-anchor", "gambling")])

add("id23", "id", "https://www.solopos.com/mahasiswa-joki-skripsi-marak-1912345",
"Jasa Joki Skripsi Marak di Media Sosial, Kampus Perketat Pengawasan", """
Sejumlah perguruan tinggi di Solo memperketat pengawasan penulisan tugas akhir menyusul maraknya jasa joki skripsi yang dipromosikan secara terbuka di media sosial. Tarif yang ditawarkan berkisar Rp3 juta hingga Rp15 juta per skripsi.

Wakil rektor bidang akademik salah satu universitas negeri mengatakan kampus kini mewajibkan pemeriksaan kemiripan naskah dan ujian lisan yang lebih mendalam. "Mahasiswa harus bisa mempertahankan setiap bab yang ditulisnya," ujarnya.

Kementerian Pendidikan Tinggi, Sains, dan Teknologi menegaskan penggunaan joki termasuk pelanggaran integritas akademik. Pedoman pencegahan plagiarisme dapat dibaca di https://dikti.kemdikbud.go.id/pengumuman/pedoman-integritas-akademik/ yang diterbitkan tahun lalu.

Meski demikian, tawaran jasa serupa tetap beredar. Bagi yang butuh bantuan tugas kuliah cepat, kunjungi [joki skripsi terpercaya](https://jokitugas-kilat.com/) dengan harga mahasiswa dan garansi revisi.

Seorang dosen pembimbing menyarankan kampus memperbanyak pendampingan penulisan agar mahasiswa tidak merasa terdesak mencari jalan pintas.
""", [("https://dikti.kemdikbud.go.id/pengumuman/pedoman-integritas-akademik/", 0, "gov-citation"),
      ("https://jokitugas-kilat.com/", 1, "markdown-keyword-anchor", "essay-mill")])

add("id24", "id", "https://www.kompas.com/tren/read/2024/09/02/kereta-cepat-whoosh-catat-penumpang",
"Kereta Cepat Whoosh Catat 5 Juta Penumpang dalam Setahun", """
Kereta Cepat Whoosh Tarif promo http://www.lotre-jitu88.net/ Rp150 ribu untuk kelas premium ekonomi masih berlaku hingga akhir bulan untuk perjalanan pada hari kerja.

PT Kereta Cepat Indonesia China (KCIC) mencatat kereta cepat Jakarta-Bandung telah melayani lebih dari lima juta penumpang sejak beroperasi secara komersial. Rata-rata okupansi mencapai 18.000 penumpang per hari.

Manajer Komunikasi KCIC mengatakan lonjakan penumpang terjadi pada akhir pekan dan libur panjang. Perusahaan menambah jumlah perjalanan menjadi 48 per hari untuk memenuhi permintaan.

Tarif promo Rp150 ribu untuk kelas premium ekonomi masih berlaku hingga akhir bulan untuk perjalanan pada hari kerja. Pemesanan tiket dapat dilakukan melalui https://www.kcic.co.id/ maupun aplikasi Whoosh.

KCIC juga tengah menyiapkan integrasi dengan kereta pengumpan di Stasiun Padalarang agar penumpang lebih mudah menuju pusat Kota Bandung.
""", [("http://www.lotre-jitu88.net/", 1, "homepage-spun-dup", "gambling"),
      ("https://www.kcic.co.id/", 0, "company-official")])

add("id25", "id", "https://www.mongabay.co.id/2024/10/karhutla-kalteng",
"Karhutla di Kalimantan Tengah Meluas, Asap Mulai Ganggu Penerbangan", """
Kebakaran hutan dan lahan (karhutla) di Kalimantan Tengah meluas dalam sepekan terakhir. Citra satelit menunjukkan ratusan titik panas di Kabupaten Pulang Pisau dan Kapuas, sebagian besar berada di lahan gambut.

Data titik panas yang dihimpun dari sistem pemantauan https://sipongi.menlhk.go.id/ menunjukkan luas area terbakar sudah melampaui 3.000 hektare sejak awal September.

Asap mulai mengganggu jadwal penerbangan di Bandara Tjilik Riwut, Palangka Raya. Dua penerbangan pagi tertunda karena jarak pandang kurang dari 800 meter.

Lembaga pemantau lingkungan mendesak pemerintah menindak perusahaan pemegang konsesi yang lahannya terbakar berulang kali. Laporan investigasi mereka dapat dibaca di situs https://www.pantaugambut.id/ yang memetakan konsesi terbakar sejak 2015.

<ul style="display: none;">
<li><a href="https://sipp.pn-kualakapuas-raya.go.id/-/slot-pulsa/">slot pulsa tanpa potongan</a></li>
<li><a href="https://greenvalleyfarms-org.com/rtp/">rtp live</a></li>
</ul>
""", [("https://sipongi.menlhk.go.id/", 0, "gov-citation"),
      ("https://www.pantaugambut.id/", 0, "ngo-citation"),
      ("https://sipp.pn-kualakapuas-raya.go.id/-/slot-pulsa/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://greenvalleyfarms-org.com/rtp/", 1, "hidden-block", "gambling")])

add("id26", "id", "https://www.okezone.com/read/2024/11/05/jalan-rusak-lampung-dikeluhkan",
"Jalan Provinsi di Lampung Tengah Rusak Parah, Warga Tanam Pohon Pisang", """
Warga di Kecamatan Seputih Mataram, Lampung Tengah, menanam pohon pisang di tengah jalan provinsi yang rusak parah sebagai bentuk protes. Lubang di sepanjang ruas itu sebagian mencapai kedalaman setengah meter.

Kepala desa setempat mengatakan jalan tersebut merupakan akses utama pengangkutan singkong dan jagung ke pabrik. "Sudah tiga tahun diusulkan, tapi belum juga diperbaiki," katanya.

Warga juga mengunggah foto kerusakan ke kanal aduan pemerintah provinsi. Keluhan infrastruktur dapat disampaikan melalui https://lapor.go.id/ yang terhubung dengan dinas terkait di daerah.

Dinas Bina Marga dan Bina Konstruksi Lampung menyatakan perbaikan ruas tersebut masuk anggaran perubahan tahun ini. Pengerjaan direncanakan dimulai bulan depan sepanjang 12 kilometer.

Sambil menunggu perbaikan, warga bergotong royong menimbun lubang dengan batu dan tanah agar kendaraan roda dua tidak terperosok.

Terima kasih atas informasinya, sangat membantu! Kunjungi juga situs kami <a href="https://scatterhitam.asia/" rel="dofollow">Scatter Hitam Link Resmi Gacor</a>
""", [("https://lapor.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://scatterhitam.asia/", 1, "spam-comment", "gambling")])

add("id27", "id", "https://www.tribunnews.com/sport/2024/08/25/jonatan-christie-juara",
"Jonatan Christie Juara Turnamen Bulu Tangkis di Jepang", """
Jonatan Christie Juara Jonatan tampil https://birdiewin88.com/ agresif sejak gim pertama dan sempat unggul jauh 11-4 di interval sebelum menutup laga 21-15, 21-18 dalam 48 menit.

Tunggal putra Indonesia Jonatan Christie keluar sebagai juara setelah mengalahkan wakil Denmark dua gim langsung di partai final, Minggu. Kemenangan ini menjadi gelar kedua Jonatan tahun ini.

Jonatan tampil agresif sejak awal gim pertama dan unggul jauh 11-4 di interval. Ia menutup pertandingan dengan skor 21-15, 21-18 dalam waktu 48 menit.

"Saya bersyukur bisa tampil konsisten sepanjang turnamen. Ini modal bagus untuk turnamen berikutnya," ujar Jonatan seperti dikutip dari laman resmi PBSI, pbsi.id.

Hasil lengkap pertandingan dapat dilihat di https://bwfworldtour.bwfbadminton.com/ yang dikelola federasi bulu tangkis dunia. Dengan hasil ini, Jonatan diperkirakan naik ke peringkat tiga dunia.

Di sektor ganda campuran, wakil Indonesia harus puas sebagai runner-up setelah kalah rubber game dari pasangan tuan rumah.
""", [("pbsi.id", 0, "org-official"),
      ("https://bwfworldtour.bwfbadminton.com/", 0, "org-official"),
      ("https://birdiewin88.com/", 1, "homepage-spun-dup", "gambling")])

add("id28", "id", "https://seputarjateng.co.id/2024/02/pasar-malam-ramai-pengunjung",
"Pasar Malam Alun-alun Kembali Ramai Pengunjung Setelah Renovasi", """
Pasar Malam Alun-alun pasar malam https://hokiwin303.com/ juga menjadi tempat bagi pelajar SMK setempat untuk menjajakan hasil praktik tata boga mereka setiap Sabtu malam.

Pasar malam di kawasan Alun-alun Kota Pekalongan kembali ramai dikunjungi warga setelah renovasi selama empat bulan. Lebih dari 200 pedagang kaki lima kini menempati lapak baru yang lebih tertata.

Pemerintah kota menyediakan tempat parkir khusus dan memasang lampu penerangan tambahan. Pengunjung juga dapat membayar dengan kode QR di sebagian besar lapak.

Selain kuliner, pasar malam juga menjadi tempat bagi pelajar SMK setempat untuk menjajakan hasil praktik tata boga mereka setiap Sabtu malam.

Seorang pedagang nasi megono mengaku omzetnya naik dua kali lipat dibanding sebelum renovasi. "Sekarang orang datang sekeluarga, suasananya lebih nyaman," katanya.
""", [("https://hokiwin303.com/", 1, "homepage-spun-dup", "gambling")])

add("id29", "id", "https://www.cnnindonesia.com/ekonomi/20240312-ojk-cabut-izin-bpr",
"OJK Cabut Izin Usaha BPR di Jawa Timur, LPS Jamin Simpanan Nasabah", """
Otoritas Jasa Keuangan (OJK) mencabut izin usaha sebuah bank perekonomian rakyat (BPR) di Jawa Timur karena tidak mampu memperbaiki kondisi permodalan. Pencabutan izin berlaku sejak Selasa.

Lembaga Penjamin Simpanan (LPS) memastikan simpanan nasabah yang memenuhi syarat akan dibayarkan. Nasabah dapat mengecek status simpanannya di https://www.lps.go.id/ mulai sepekan setelah pencabutan izin.

Kepala OJK Jawa Timur mengatakan BPR tersebut sudah berstatus bank dalam penyehatan sejak tahun lalu. Namun, pemegang saham tidak mampu menambah modal sesuai ketentuan.

Menurut penjelasan di laman Sikapi Uangmu, https://sikapiuangmu.ojk.go.id/, masyarakat sebaiknya menempatkan dana di bank dengan bunga tidak melebihi tingkat bunga penjaminan agar simpanannya dijamin penuh.

Selama proses likuidasi, seluruh kantor BPR ditutup. LPS akan mengumumkan jadwal pembayaran klaim melalui media massa dan kantor BPR.
""", [("https://www.lps.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://sikapiuangmu.ojk.go.id/", 0, "regulator-crackdown")])

add("id30", "id", "https://www.liputan6.com/regional/read/5655432/festival-kopi-temanggung",
"Festival Kopi Temanggung Hadirkan 80 Petani Lokal", """
Festival Kopi Temanggung digelar selama tiga hari di alun-alun kota dengan menghadirkan 80 petani dan pengolah kopi dari lereng Sindoro dan Sumbing. Pengunjung dapat mencicipi kopi robusta dan arabika secara gratis.

Panitia mengatakan festival tahun ini juga menghadirkan kelas sangrai kopi dan uji cita rasa yang dipandu penguji bersertifikat. Jadwal lengkap kegiatan diumumkan di akun instagram.com/festivalkopitmg.

Sejumlah petani mengaku festival membantu mereka menjangkau pembeli baru, terutama kedai kopi dari Jakarta dan Yogyakarta. Harga kopi biji hijau kualitas baik kini mencapai Rp110 ribu per kilogram.

Menurut data Dinas Pertanian, luas kebun kopi di Temanggung mencapai 15.000 hektare. Panitia berharap festival ini menjadi agenda wisata tahunan yang menarik lebih banyak wisatawan.

Baca Juga: Bocoran Pola Mahjong Ways 2 Malam Ini Auto Scatter https://pola-mahjongwin.link/bocoran-malam-ini
""", [("instagram.com/festivalkopitmg", 0, "social"),
      ("https://pola-mahjongwin.link/bocoran-malam-ini", 1, "baca-juga-spam", "gambling")])

add("id31", "id", "https://www.bisnis.com/read/20240618/toto-indonesia-resmikan-pabrik-baru",
"Surya Toto Indonesia Resmikan Lini Produksi Baru di Tangerang", """
Produsen perlengkapan kamar mandi PT Surya Toto Indonesia Tbk meresmikan lini produksi baru di pabriknya di Tangerang. Investasi senilai Rp420 miliar itu meningkatkan kapasitas produksi kloset duduk hingga 30 persen.

Direktur perseroan mengatakan sebagian produksi akan diekspor ke Jepang, Australia, dan Timur Tengah. "Permintaan produk hemat air terus meningkat, terutama dari proyek perumahan," ujarnya.

Dalam keterbukaan informasi yang diunggah di https://www.idx.co.id/id/perusahaan-tercatat/keterbukaan-informasi/ perseroan menyebutkan pembiayaan berasal dari kas internal dan pinjaman bank. Katalog produk terbaru tersedia di https://www.toto.co.id/ sejak pekan lalu.

Lini produksi baru tersebut menyerap sekitar 350 tenaga kerja baru dari warga sekitar pabrik. Perseroan juga memasang panel surya di atap pabrik untuk menekan konsumsi listrik.
""", [("https://www.idx.co.id/id/perusahaan-tercatat/keterbukaan-informasi/", 0, "regulator-disclosure"),
      ("https://www.toto.co.id/", 0, "company-official")])

add("id32", "id", "https://www.radarkudus.id/2024/09/kontes-burung-kicau-gacor",
"Ratusan Kicau Mania Ramaikan Kontes Burung di Kudus", """
Sebanyak 650 ekor burung kicau dari berbagai daerah di Jawa Tengah dan Jawa Timur mengikuti kontes burung berkicau di Kudus, Minggu. Kelas murai batu dan kenari menjadi yang paling banyak diikuti peserta.

Panitia mengatakan penilaian didasarkan pada volume, irama, dan gaya burung saat berkicau. Burung yang tampil "gacor" atau berkicau tanpa henti selama penjurian berpeluang besar meraih juara.

Seorang peserta asal Pati mengaku sudah melatih murai batunya selama dua tahun. Burung jawara biasanya ditawar hingga puluhan juta rupiah setelah menang di beberapa kontes.

Jadwal kontes berikutnya dan aturan penilaian diumumkan penyelenggara melalui https://kicaumania-kudus.com/jadwal dan grup komunitas di media sosial. Panitia juga mengingatkan peserta agar hanya membawa burung hasil penangkaran, bukan tangkapan alam.
""", [("https://kicaumania-kudus.com/jadwal", 0, "org-official")])

add("id33", "id", "https://www.detik.com/sumut/berita/d-7301122/pemkot-medan-perbaiki-drainase",
"Pemkot Medan Perbaiki Drainase di 40 Titik Rawan Banjir", """
Pemerintah Kota Medan memulai perbaikan saluran drainase di 40 titik rawan banjir. Proyek yang ditargetkan selesai sebelum puncak musim hujan itu menelan anggaran Rp85 miliar.

Wali Kota Medan mengatakan sebagian besar saluran tersumbat sedimen dan sampah rumah tangga. "Kami juga meminta warga tidak membuang sampah ke parit," katanya saat meninjau pengerjaan https://sunrise-apparel.co/ di Jalan Brigjen Katamso.

Dinas Sumber Daya Air, Bina Marga, dan Bina Konstruksi Medan membuka data proyek di https://pu.pemkomedan.go.id/ agar warga dapat ikut mengawasi pengerjaan di lingkungan masing-masing.

Warga di Kelurahan Sukaramai menyambut baik perbaikan tersebut. Menurut mereka, genangan setinggi lutut selalu muncul setiap kali hujan turun lebih dari satu jam.
""", [("https://sunrise-apparel.co/", 1, "homepage-mid-sentence", "gambling"),
      ("https://pu.pemkomedan.go.id/", 0, "gov-portal-mid-sentence")])

add("id34", "id", "https://www.harianjogja.com/read/2024/10/03/penelitian-ugm-padi-tahan-kekeringan",
"Peneliti UGM Kembangkan Varietas Padi Tahan Kekeringan", """
Tim peneliti Fakultas Pertanian Universitas Gadjah Mada (UGM) mengembangkan varietas padi yang mampu bertahan dalam kondisi kekurangan air hingga tiga minggu. Uji coba lapangan dilakukan di Gunungkidul dan Lombok Timur.

Ketua tim peneliti mengatakan varietas tersebut menghasilkan rata-rata 6,2 ton gabah per hektare dalam kondisi kering. Hasil penelitian telah dipublikasikan dalam jurnal internasional dan ringkasannya dimuat di https://ugm.ac.id/id/berita/ pada bulan lalu.

Varietas ini masih menunggu proses pelepasan dari Kementerian Pertanian sebelum benihnya bisa diedarkan ke petani. Tim berharap proses sertifikasi selesai dalam dua tahun.

Petani di Gunungkidul yang terlibat dalam uji coba <a href="https://e-journal.uninus-raya.ac.id/public/situs-toto/">situs toto</a> mengaku tertarik menanam varietas itu karena sawah tadah hujan di daerahnya sering gagal panen saat kemarau panjang.

Pendanaan penelitian berasal dari hibah Badan Riset dan Inovasi Nasional. Informasi hibah riset tahun depan dapat dilihat di https://brin.go.id/ bagi peneliti yang berminat.
""", [("https://ugm.ac.id/id/berita/", 0, "academic-citation"),
      ("https://e-journal.uninus-raya.ac.id/public/situs-toto/", 1, "keyword-anchor-hacked-inst", "gambling"),
      ("https://brin.go.id/", 0, "gov-portal-mid-sentence")])

add("id35", "id", "https://www.merdeka.com/peristiwa/bandara-soetta-tambah-slot-penerbangan",
"Bandara Soekarno-Hatta Tambah Slot Penerbangan Jelang Libur Akhir Tahun", """
Bandara Internasional Soekarno-Hatta menambah 120 slot penerbangan per hari untuk mengantisipasi lonjakan penumpang jelang libur Natal dan Tahun Baru. Penambahan slot diberikan kepada maskapai yang mengajukan penerbangan tambahan.

General Manager bandara mengatakan jumlah penumpang diperkirakan mencapai 200.000 orang per hari pada puncak arus libur. Petugas tambahan disiagakan di area pemeriksaan keamanan dan konter lapor diri.

Menurut InJourney Airports, penambahan slot waktu terbanyak diajukan untuk rute Denpasar, Medan, dan Makassar. Informasi jadwal penerbangan terkini dapat dilihat di https://www.injourneyairports.id/ atau aplikasi resmi bandara.

Penumpang diimbau datang paling lambat tiga jam sebelum keberangkatan untuk penerbangan internasional dan dua jam untuk domestik.
""", [("https://www.injourneyairports.id/", 0, "company-official")])

add("id36", "id", "https://www.inews.id/news/nasional/prediksi-cuaca-ekstrem-sepekan",
"BMKG Peringatkan Cuaca Ekstrem Sepekan ke Depan di Sebagian Besar Wilayah", """
BMKG Peringatkan Cuaca Ekstrem data prediksi togel hari ini tersedia di www.prediksitogel-hk.org bersama tabel keluaran lengkap, kata pihak BMKG seperti yang dikutip media nasional.

Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi cuaca ekstrem selama sepekan ke depan di sebagian besar wilayah Indonesia. Hujan lebat disertai angin kencang diperkirakan terjadi di Sumatra, Jawa, dan Kalimantan.

Deputi Bidang Meteorologi BMKG mengatakan kondisi ini dipicu oleh aktifnya gelombang atmosfer dan suhu muka laut yang hangat. Warga diminta mewaspadai banjir dan tanah longsor, terutama di daerah perbukitan.

Peringatan dini cuaca per kecamatan dapat diakses melalui laman https://www.bmkg.go.id/cuaca/peringatan-dini-cuaca.bmkg dan diperbarui setiap tiga jam.

BNPB meminta pemerintah daerah menyiapkan posko dan peralatan evakuasi. Data kejadian bencana terkini dipublikasikan di https://dibi.bnpb.go.id/ yang dikelola badan tersebut.
""", [("www.prediksitogel-hk.org", 1, "www-domain-title-echo", "gambling"),
      ("https://www.bmkg.go.id/cuaca/peringatan-dini-cuaca.bmkg", 0, "gov-citation"),
      ("https://dibi.bnpb.go.id/", 0, "gov-citation")])

add("id37", "id", "https://www.viva.co.id/otomotif/mandalika-motogp-penonton",
"MotoGP Mandalika Dihadiri 120 Ribu Penonton, Hotel di Lombok Penuh", """
Ajang MotoGP di Sirkuit Mandalika, Lombok Tengah, dihadiri sekitar 120.000 penonton selama tiga hari penyelenggaraan. Tingkat hunian hotel di Lombok dan sebagian Bali dilaporkan mencapai 95 persen.

Direktur Utama penyelenggara mengatakan angka tersebut naik dibanding tahun lalu. Penjualan tiket daring melalui https://www.mandalikagrandprix.com/ juga lebih lancar setelah sistem antrean diperbarui.

Sejumlah pelaku UMKM di sekitar sirkuit mengaku mendapat keuntungan berlipat. Pedagang makanan khas Sasak menjual ratusan porsi per hari selama balapan berlangsung.

Kementerian Pariwisata menilai ajang ini memberi dampak ekonomi hingga Rp4,5 triliun. Kajian lengkap dampak ekonomi akan dirilis di https://kemenpar.go.id/ dalam beberapa bulan ke depan.

Bagi pecinta taruhan balap, pasang prediksi juara musim depan di <a href="https://taruhanmoto-gp.com/" rel="dofollow">agen taruhan MotoGP terpercaya</a> dengan odds terbaik.
""", [("https://www.mandalikagrandprix.com/", 0, "official-ticketing"),
      ("https://kemenpar.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://taruhanmoto-gp.com/", 1, "appended-promo-line", "betting")])

add("id38", "id", "https://www.suarasurabaya.net/kelanakota/2024/sampah-tpa-benowo",
"Volume Sampah di TPA Benowo Capai 1.600 Ton per Hari", """
Volume sampah yang masuk ke Tempat Pemrosesan Akhir (TPA) Benowo, Surabaya, mencapai 1.600 ton per hari. Sebagian sampah diolah menjadi listrik melalui pembangkit listrik tenaga sampah yang beroperasi sejak 2021.

Dinas Lingkungan Hidup Surabaya mengatakan sampah organik masih mendominasi hingga 60 persen. Pemkot mendorong warga memilah sampah dari rumah dan memanfaatkan bank sampah di tiap kelurahan.

Daftar bank sampah beserta jadwal penimbangan dapat dilihat di https://dlh.surabaya.go.id/ serta diumumkan melalui pengurus RT dan RW. Warga yang menabung sampah bisa menukarkan saldo dengan kebutuhan pokok.

Warga yang rutin menyetor sampah [url=https://ecobrick-lestari.com/]bandar togel terpercaya[/url] juga mendapat poin yang dapat ditukar dengan token listrik.

Pemkot juga berencana membangun dua rumah kompos baru di wilayah Surabaya Barat tahun depan. Pemerhati lingkungan menilai langkah itu tepat, tetapi meminta pemkot mengurangi penggunaan plastik sekali pakai di acara resmi.
""", [("https://dlh.surabaya.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://ecobrick-lestari.com/", 1, "bbcode-keyword-anchor", "gambling")])

add("id39", "id", "https://www.kumparan.com/kumparanbisnis/harga-bbm-nonsubsidi-turun",
"Harga BBM Nonsubsidi Turun Mulai Hari Ini, Cek Daftarnya", """
PT Pertamina (Persero) menurunkan harga bahan bakar minyak (BBM) nonsubsidi mulai Selasa. Penurunan berlaku untuk Pertamax, Pertamax Turbo, Dexlite, dan Pertamina Dex di seluruh SPBU.

Harga Pertamax di wilayah Jakarta turun Rp300 menjadi Rp12.950 per liter. Penyesuaian dilakukan mengikuti tren harga minyak dunia dan nilai tukar rupiah dalam sebulan terakhir.

Daftar harga lengkap per provinsi dapat dilihat di https://mypertamina.id/fuels-harga yang diperbarui setiap awal bulan. Harga Pertalite dan solar subsidi tidak mengalami perubahan.

Harga BBM Nonsubsidi penurunan ini https://gacor-maxwin.pages.dev/ disambut baik pengemudi ojek daring yang sebagian beralih ke Pertamax sejak pembatasan pembelian Pertalite diberlakukan.

Pengemudi ojek daring menyambut baik penurunan ini. Sebagian dari mereka beralih ke Pertamax sejak pembatasan pembelian Pertalite diberlakukan di sejumlah daerah.
""", [("https://mypertamina.id/fuels-harga", 0, "company-official"),
      ("https://gacor-maxwin.pages.dev/", 1, "homepage-spun-dup", "gambling")])

add("id40", "id", "https://www.tribunnews.com/kesehatan/2024/05/14/stunting-turun",
"Angka Stunting Nasional Turun, Pemerintah Kejar Target 14 Persen", """
Prevalensi stunting nasional turun menjadi 21,5 persen berdasarkan Survei Kesehatan Indonesia terbaru. Angka tersebut masih di atas target pemerintah sebesar 14 persen pada akhir tahun.

Kementerian Kesehatan mengatakan penurunan paling signifikan terjadi di Nusa Tenggara Timur dan Sulawesi Barat. Hasil survei lengkap dapat diunduh melalui https://www.badankebijakan.kemkes.go.id/ dalam format laporan per provinsi.

Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) menyiapkan pendampingan bagi keluarga berisiko stunting melalui kader desa. Program pemberian makanan tambahan berbahan pangan lokal juga diperluas.

Ahli gizi menilai pemenuhan protein hewani sejak masa kehamilan menjadi kunci. "Telur dan ikan lokal jauh lebih terjangkau daripada produk olahan," ujar seorang ahli gizi dari Universitas Airlangga.

Obat penambah nafsu makan anak asli dan ampuh bisa dipesan di [apotek online terpercaya](https://apotik-sehatku24.com/) tanpa resep dokter, kirim ke seluruh Indonesia.
""", [("https://www.badankebijakan.kemkes.go.id/", 0, "gov-citation"),
      ("https://apotik-sehatku24.com/", 1, "markdown-promo-line", "pharma")])

add("id41", "id", "https://www.tvonenews.com/daerah/jateng/banjir-bandang-brebes",
"Banjir Bandang Terjang Dua Desa di Brebes, Ratusan Warga Mengungsi", """
Banjir bandang menerjang dua desa di Kecamatan Salem, Kabupaten Brebes, Selasa malam setelah hujan deras mengguyur kawasan hulu sungai selama lebih dari lima jam. Sedikitnya 14 rumah hanyut dan ratusan warga mengungsi ke balai desa.

Hujan lebat di kawasan hulu yang berlangsung berjam-jam membuat air sungai meluap dengan cepat, kata seorang warga Salem yang https://rb.gy/k3n9qz rumahnya berada tak jauh dari bantaran dan kini ikut mengungsi bersama keluarganya.

BPBD Brebes mendirikan dapur umum dan posko kesehatan di lokasi pengungsian. Relawan dari berbagai organisasi juga membantu membersihkan lumpur yang menutup akses jalan desa.

Pemkab Brebes membuka donasi resmi bagi korban bencana melalui formulir di https://forms.gle/Brebes2024Peduli yang dikelola Bagian Kesejahteraan Rakyat. Bantuan logistik juga dapat diantar langsung ke posko di kantor kecamatan.

Bupati Brebes menetapkan status tanggap darurat selama 14 hari. Pemerintah provinsi berjanji membantu pembangunan kembali rumah warga yang hanyut.
""", [("https://rb.gy/k3n9qz", 1, "shortener-spun-dup", "gambling"),
      ("https://forms.gle/Brebes2024Peduli", 0, "gov-shortener")])

add("id42", "id", "https://www.bolasport.com/read/312345678/liga-inggris-sponsor-judi",
"Liga Inggris Larang Sponsor Judi di Depan Jersey Mulai Musim Depan", """
Klub-klub Liga Inggris sepakat melarang sponsor perusahaan judi di bagian depan jersey mulai musim 2026/2027. Keputusan ini diambil setelah tekanan dari pemerintah Inggris dan kelompok kesehatan masyarakat.

Saat ini delapan dari 20 klub Liga Inggris memasang logo perusahaan taruhan di bagian depan jersey. Sponsor judi masih diperbolehkan tampil di lengan baju dan papan iklan stadion.

Pernyataan resmi liga dimuat di https://www.premierleague.com/news/ dan menyebut masa transisi diberikan agar klub dapat mencari sponsor pengganti. Asosiasi industri perjudian Inggris, Betting and Gaming Council, menyatakan menghormati keputusan tersebut.

Di Indonesia sendiri, iklan perjudian dilarang sepenuhnya. Pengamat sepak bola menilai klub Eropa yang mempromosikan situs judi di kanal media sosial berbahasa Indonesia perlu diawasi lebih ketat.

Daftar sekarang di situs judi bola resmi https://kapaljudi-resmi.com/ dan dapatkan bonus cashback mingguan untuk semua pertandingan Liga Inggris.
""", [("https://www.premierleague.com/news/", 0, "org-official"),
      ("https://kapaljudi-resmi.com/", 1, "appended-promo-line", "betting")])

add("id43", "id", "https://www.kabarmakassar.com/2024/11/pelabuhan-paotere-revitalisasi",
"Revitalisasi Pelabuhan Paotere Rampung, Nelayan Dapat Dermaga Baru", """
Revitalisasi Pelabuhan Rakyat Paotere di Makassar rampung setelah dikerjakan selama sepuluh bulan. Nelayan dan pedagang ikan kini memiliki dermaga baru sepanjang 300 meter serta tempat pelelangan ikan yang lebih bersih.

Kepala Dinas Perikanan Kota Makassar mengatakan fasilitas baru [slot dana](https://dana-slot.web.app/) dilengkapi pabrik es dan gudang pendingin. "Ikan bisa disimpan lebih lama sehingga harga tidak jatuh saat tangkapan melimpah," katanya.

Video peresmian dapat disaksikan di kanal resmi pemerintah kota, https://www.youtube.com/@pemkotmakassar, yang juga menayangkan wawancara dengan para nelayan.

Nelayan setempat berharap pemerintah juga membantu pengadaan mesin kapal yang lebih hemat bahan bakar. Sebagian besar kapal di Paotere masih menggunakan mesin tua yang boros solar.
""", [("https://www.youtube.com/@pemkotmakassar", 0, "social"),
      ("https://dana-slot.web.app/", 1, "markdown-keyword-anchor", "gambling")])

add("id44", "id", "https://www.jpnn.com/news/guru-honorer-pppk-pengumuman",
"Pengumuman Seleksi PPPK Guru Diundur, Peserta Diminta Pantau Laman Resmi", """
Pengumuman hasil seleksi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) guru tahap kedua diundur sepekan. Badan Kepegawaian Negara menyebut penundaan dilakukan untuk memverifikasi ulang data nilai peserta.

Peserta diminta memantau informasi resmi melalui https://sscasn.bkn.go.id/ dan tidak mempercayai pesan berantai yang menjanjikan kelulusan dengan imbalan uang.

Forum guru honorer di sejumlah daerah berharap pemerintah memprioritaskan guru yang sudah mengabdi lebih dari sepuluh tahun. Sebagian dari mereka masih menerima honor di bawah Rp1 juta per bulan.

Butuh dana cepat untuk biaya pemberkasan? Ajukan sekarang di www.kreditmudah-acc.online, pinjaman tanpa BI checking cair dalam 10 menit!

Kementerian Pendidikan menyatakan formasi guru PPPK tahun ini mencapai 419.000 dan diharapkan dapat mengurangi kekurangan guru di sekolah negeri.
""", [("https://sscasn.bkn.go.id/", 0, "gov-portal-mid-sentence"),
      ("www.kreditmudah-acc.online", 1, "www-domain-promo-line", "loans")])

add("id45", "id", "https://www.antaranews.com/berita/4311234/satgas-judi-online-blokir-rekening",
"Satgas Pemberantasan Judi Online Blokir 5.000 Rekening", """
Satuan Tugas Pemberantasan Perjudian Daring memblokir lebih dari 5.000 rekening bank yang diduga menampung dana judi online. Pemblokiran dilakukan berdasarkan analisis Pusat Pelaporan dan Analisis Transaksi Keuangan.

Kepala PPATK mengatakan nilai transaksi judi online sepanjang semester pertama mencapai Rp174 triliun. Ringkasan laporan tersebut dimuat di https://www.ppatk.go.id/news/read/1350/ yang diterbitkan pekan lalu.

Satgas menemukan bahwa sebagian rekening menggunakan identitas warga yang dijual atau dipinjamkan. Warga diminta tidak menyerahkan KTP atau buku tabungan kepada orang lain dengan iming-iming imbalan.

Menurut Satgas Judi Online http://naga303gacor.com/ sebagian rekening penampung memakai identitas warga desa yang dijual seharga ratusan ribu rupiah kepada perantara.

Pemerintah juga meminta bank memperketat proses pembukaan rekening secara daring. Laporan masyarakat soal situs judi dapat dikirim ke aduankonten.id atau melalui kantor polisi terdekat.
""", [("https://www.ppatk.go.id/news/read/1350/", 0, "regulator-crackdown"),
      ("http://naga303gacor.com/", 1, "homepage-spun-dup", "gambling"),
      ("aduankonten.id", 0, "regulator-crackdown")])

add("id46", "id", "https://www.idntimes.com/travel/destination/danau-toba-wisatawan",
"Kunjungan Wisatawan ke Danau Toba Naik 20 Persen", """
Jumlah wisatawan yang berkunjung ke kawasan Danau Toba naik 20 persen dibanding tahun lalu. Kenaikan didorong oleh festival budaya dan penerbangan langsung ke Bandara Silangit.

Badan Pelaksana Otorita Danau Toba mencatat lebih dari 600.000 kunjungan sepanjang semester pertama. Informasi paket wisata dan agenda festival dipublikasikan di laman https://bpodt.id/ dan akun media sosial badan otorita.

Pemandu wisata lokal di Tuktuk Siadong mengatakan wisatawan mancanegara kini didominasi pengunjung dari Malaysia dan Eropa. Mereka umumnya tinggal tiga hingga lima hari.

Pengelola homestay berharap pemerintah memperbaiki jalan lingkar Samosir yang sebagian masih rusak. "Banyak tamu mengeluh perjalanan jadi lebih lama," kata seorang pemilik penginapan.

<span style="display:none"><a href="https://slot-gacor.danautoba-homestay.com/">slot gacor</a> <a href="https://tinyurl.com/togel88resmi">togel 88</a></span>
""", [("https://bpodt.id/", 0, "gov-portal-mid-sentence"),
      ("https://slot-gacor.danautoba-homestay.com/", 1, "hidden-block", "gambling"),
      ("https://tinyurl.com/togel88resmi", 1, "hidden-block-shortener", "gambling")])

add("id47", "id", "https://www.cnbcindonesia.com/tech/20240702-serangan-ransomware-pdn",
"Serangan Ransomware Lumpuhkan Pusat Data Nasional, Layanan Imigrasi Terganggu", """
Serangan ransomware melumpuhkan Pusat Data Nasional Sementara sehingga sejumlah layanan publik terganggu, termasuk layanan keimigrasian di bandara. Pelaku meminta tebusan senilai 8 juta dolar AS.

Badan Siber dan Sandi Negara (BSSN) mengatakan serangan menggunakan varian ransomware LockBit 3.0. Rekomendasi mitigasi bagi instansi dimuat dalam peringatan keamanan di https://www.bssn.go.id/ yang diperbarui setiap hari.

Peneliti keamanan menemukan kode dekripsi yang kemudian dibagikan pelaku secara gratis. Analisis teknis varian tersebut dibahas di repositori https://github.com/cert-id/lockbit-analysis oleh sejumlah peneliti lokal.

Kementerian Komunikasi menyatakan sebagian besar layanan telah pulih dalam dua pekan. Namun, data milik puluhan instansi tidak dapat dipulihkan karena tidak memiliki cadangan.

DPR meminta pemerintah mengaudit seluruh pengelolaan pusat data dan mewajibkan setiap instansi memiliki cadangan data di lokasi terpisah.
""", [("https://www.bssn.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://github.com/cert-id/lockbit-analysis", 0, "tech-docs")])

add("id48", "id", "https://www.kabarnusa.net/2024/09/ikn-upacara-kemerdekaan",
"Upacara HUT Kemerdekaan Digelar di IKN untuk Pertama Kali", """
Upacara peringatan Hari Ulang Tahun Kemerdekaan Republik Indonesia digelar untuk pertama kalinya di Ibu Kota Nusantara (IKN), Kalimantan Timur. Ribuan undangan hadir di halaman Istana Garuda.

Otorita IKN mengatakan persiapan dilakukan selama tiga bulan, termasuk penyediaan air bersih dan akomodasi bagi tamu undangan. Galeri foto upacara dapat dilihat di https://www.ikn.go.id/ dan kanal media sosial resmi otorita.

Menurut sumber resmi https://linktr.ee/gacormaxwin777 tamu undangan diangkut dari Balikpapan menggunakan ratusan bus dan kendaraan listrik yang disiapkan panitia sejak subuh.

Sejumlah warga Penajam Paser Utara menyaksikan upacara dari layar lebar yang dipasang di lapangan kecamatan. Mereka berharap pembangunan IKN membuka lapangan kerja bagi warga lokal.

Pemerintah menyatakan pembangunan tahap kedua IKN akan difokuskan pada kawasan legislatif dan yudikatif serta perumahan aparatur sipil negara.
""", [("https://www.ikn.go.id/", 0, "gov-portal-mid-sentence"),
      ("https://linktr.ee/gacormaxwin777", 1, "shortener-mid-sentence", "gambling")])

add("id49", "id", "https://www.suarantb.com/2024/03/harga-tiket-pesawat-mudik",
"Harga Tiket Pesawat Mudik Lebaran Mulai Naik, Kemenhub Awasi Tarif Batas Atas", """
Harga tiket pesawat untuk periode mudik Lebaran mulai naik di sejumlah rute dari Jakarta ke Lombok dan Makassar. Kenaikan terjadi karena tingginya permintaan pada sepekan sebelum hari raya.

Kementerian Perhubungan memastikan maskapai tidak menjual tiket melebihi tarif batas atas. Masyarakat dapat melaporkan dugaan pelanggaran tarif melalui Call Center 151 atau laman https://dephub.go.id/ yang memuat daftar tarif per rute.

Maskapai menambah penerbangan ekstra hingga 30 persen untuk rute-rute favorit. Calon penumpang disarankan memesan tiket lebih awal untuk mendapatkan harga yang lebih terjangkau.

Pengamat penerbangan menyarankan pemudik mempertimbangkan berangkat lebih awal atau memilih bandara alternatif. Menurutnya, harga tiket biasanya turun kembali tiga hari setelah Lebaran.
""", [("https://dephub.go.id/", 0, "gov-portal-mid-sentence")])

add("id50", "id", "https://www.republika.co.id/berita/t1a9bc/pengadilan-vonis-selebgram-promosi-judi",
"Pengadilan Vonis Selebgram Promosi Judi Online 2 Tahun Penjara", """
Pengadilan Negeri Jakarta Selatan memvonis seorang selebgram dua tahun penjara karena terbukti mempromosikan situs judi online melalui akun Instagram miliknya. Terdakwa juga dijatuhi denda Rp500 juta.

Dalam persidangan terungkap terdakwa menerima bayaran Rp25 juta per unggahan untuk mempromosikan situs duniajp.net dan beberapa situs lain kepada sekitar 1,2 juta pengikutnya.

Majelis hakim menilai perbuatan terdakwa meresahkan masyarakat karena menyasar pengikut usia muda. Putusan lengkap dapat diakses melalui Direktori Putusan Mahkamah Agung di https://putusan3.mahkamahagung.go.id/ setelah diunggah panitera.

Majelis hakim menilai perbuatan terdakwa meresahkan warga karena https://duniajp88.vip/ menyasar pengikut usia muda, sebagian besar masih pelajar dan mahasiswa.

Kuasa hukum terdakwa menyatakan pikir-pikir atas putusan tersebut. Jaksa penuntut umum sebelumnya menuntut hukuman tiga tahun penjara.
""", [("duniajp.net", 0, "reported-blocked-domain"),
      ("https://putusan3.mahkamahagung.go.id/", 0, "gov-citation"),
      ("https://duniajp88.vip/", 1, "homepage-spun-dup", "gambling")])


# ============================================================================ English
add("en01", "en", "https://www.theguardian.com/education/2024/mar/18/essay-mills-still-advertising",
"Essay mills still targeting students two years after ban, watchdog finds", """
Essay-writing services are still advertising to university students in England despite being made illegal two years ago, according to a report by the higher education quality watchdog.

The Quality Assurance Agency said it had identified more than 1,000 websites offering to write assignments for a fee, many of them promoted through social media accounts run by students themselves. Its guidance for universities is published at https://www.qaa.ac.uk/academic-integrity and was updated this month.

Under the Skills and Post-16 Education Act, it is a criminal offence to provide or advertise contract cheating services to students in England. No prosecutions have yet been brought.

Need your dissertation done by Friday? [Top Grade Papers](https://topgradepapers-uk.net/) writes original, plagiarism-free essays from £9 per page with a money-back guarantee.

University leaders said detection tools had improved but warned that generative AI was now a bigger challenge than paid essay writers. "The line between help and cheating has never been harder to police," one vice-chancellor said.
""", [("https://www.qaa.ac.uk/academic-integrity", 0, "regulator-citation"),
      ("https://topgradepapers-uk.net/", 1, "markdown-promo-line", "essay-mill")])

add("en02", "en", "https://www.healthlinenews.com/2024/07/fda-warns-counterfeit-semaglutide",
"FDA warns of counterfeit weight-loss injections sold online", """
FDA warns of counterfeit the agency said https://rxmeds-online24.com/ some of the fake pens contained insulin instead of semaglutide, which could cause dangerously low blood sugar.

The US Food and Drug Administration has warned consumers about counterfeit versions of a popular weight-loss drug being sold through unlicensed online pharmacies and social media.

The agency said some of the fake pens contained insulin instead of semaglutide, which could cause dangerously low blood sugar. At least a dozen people have been treated in hospital after using the products.

Patients are advised to buy medicines only from state-licensed pharmacies. The FDA's BeSafeRx campaign at https://www.fda.gov/drugs/quick-tips-buying-medicines-over-internet/besaferx-your-source-online-pharmacy-information explains how to check whether an online pharmacy is legitimate.

The drug's manufacturer said in a statement that it was working with law enforcement to remove listings and urged anyone who suspects a counterfeit to report it through the FDA's MedWatch program.
""", [("https://rxmeds-online24.com/", 1, "homepage-spun-dup", "pharma"),
      ("https://www.fda.gov/drugs/quick-tips-buying-medicines-over-internet/besaferx-your-source-online-pharmacy-information", 0, "regulator-citation")])

add("en03", "en", "https://www.bbc.co.uk/news/business-68812345",
"Clone firm scams cost investors £20m, says FCA", """
Fraudsters impersonating genuine investment firms cost savers more than £20m last year, the Financial Conduct Authority has said.

So-called clone firms copy the name, address and registration number of authorised companies, then direct victims to websites that look almost identical to the real thing. One recent example, vanguard-investuk.com, used the branding of a well-known fund manager.

The regulator urged consumers to check the FCA Register at https://register.fca.org.uk/ and to call a firm back using contact details listed there, rather than those given in emails or adverts.

Its warning list of unauthorised firms is available at https://www.fca.org.uk/scamsmart/warning-list and now contains more than 5,000 entries. Anyone who thinks they have been targeted can also report it to Action Fraud.

Consumer group Which? said social media platforms should do more to stop scam adverts appearing in the first place.
""", [("vanguard-investuk.com", 0, "reported-blocked-domain"),
      ("https://register.fca.org.uk/", 0, "regulator-crackdown"),
      ("https://www.fca.org.uk/scamsmart/warning-list", 0, "regulator-crackdown")])

add("en04", "en", "https://www.northshireherald.co.uk/sport/football/rovers-sign-betting-sponsor",
"Rovers sign three-year shirt deal with betting firm despite fan protest", """
Northshire Rovers have signed a three-year front-of-shirt sponsorship deal with betting company KingsBet, despite a petition signed by more than 4,000 supporters calling on the club to reject gambling sponsors.

The club said the agreement was the most valuable commercial deal in its history. A statement on https://www.northshirerovers.co.uk/news/ said the income would fund a new academy building and improvements to the women's team training ground.

KingsBet, which operates kingsbet.co.uk and is licensed by the Gambling Commission, said it would display safer-gambling messages on matchday programmes and pitchside boards.

Supporters' trust chair Helen Marsh said fans were "deeply disappointed". The trust pointed to research published by the University of Bristol (bristol.ac.uk) showing that gambling logos appear on screen hundreds of times during a single televised match.

Fans who want to make their voice heard can sign the petition, and honestly many supporters on the forums have been casually discussing [luckyspin casino](https://luckyspin-casino-uk.com/) as a fun way to enjoy the matches with generous welcome bonuses.
""", [("https://www.northshirerovers.co.uk/news/", 0, "org-official"),
      ("kingsbet.co.uk", 0, "sponsor-betting"),
      ("bristol.ac.uk", 0, "academic-citation"),
      ("https://luckyspin-casino-uk.com/", 1, "stealth-mention", "gambling")])

add("en05", "en", "https://www.devweekly.io/2024/05/rust-1-78-released",
"Rust 1.78 brings diagnostic attributes and stricter unsafe checks", """
The Rust project has released version 1.78 of the language, adding a new namespace for diagnostic attributes and enabling additional debug assertions for unsafe code preconditions.

The release notes at https://blog.rust-lang.org/2024/05/02/Rust-1.78.0.html explain that library authors can now customise the error messages shown when a trait is not implemented, which should make compiler errors in large frameworks easier to understand.

Users can update with `rustup update stable`. The full list of changes is tracked in the project's repository at https://github.com/rust-lang/rust/blob/master/RELEASES.md.

Several popular crates, including the async runtime Tokio, have already adopted the new attribute. The maintainers documented the change at docs.rs/tokio for downstream users.

<div style="display:none">
<a href="https://cs.ridgeline-state.edu/~lab/slot-gacor/">slot gacor</a>
<a href="https://apps.valleycommunitycollege.edu/uploads/toto-slot/">toto slot</a>
<a href="https://www.mahjongwin.link/">mahjong ways</a>
</div>
""", [("https://blog.rust-lang.org/2024/05/02/Rust-1.78.0.html", 0, "tech-docs"),
      ("https://github.com/rust-lang/rust/blob/master/RELEASES.md", 0, "tech-docs"),
      ("docs.rs/tokio", 0, "tech-docs"),
      ("https://cs.ridgeline-state.edu/~lab/slot-gacor/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://apps.valleycommunitycollege.edu/uploads/toto-slot/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://www.mahjongwin.link/", 1, "hidden-block", "gambling")])

add("en06", "en", "https://www.yorkshirepost-local.co.uk/news/flood-warnings-river-ouse",
"Flood warnings issued as River Ouse expected to peak tonight", """
Residents living near the River Ouse have been told to prepare for flooding, with river levels expected to peak late on Tuesday night after days of heavy rain.

The Environment Agency has issued six flood warnings for the area. Up-to-date warnings are available at https://check-for-flooding.service.gov.uk/ and through the agency's Floodline service.

Council workers spent the afternoon handing out sandbags in low-lying streets. One resident, who has lived on the same road for 30 years, said water had reached her front door www.quickcashloans-now.co three times since 2000.

The council has opened a rest centre at the town hall for anyone forced to leave their home. Road closures are listed on the council website, www.northyorks.gov.uk, and will be updated overnight.
""", [("https://check-for-flooding.service.gov.uk/", 0, "gov-portal-mid-sentence"),
      ("www.quickcashloans-now.co", 1, "www-domain-mid-sentence", "loans"),
      ("www.northyorks.gov.uk", 0, "gov-portal-mid-sentence")])

add("en07", "en", "https://www.usatodaynews.net/money/2024/06/cfpb-payday-lending-rule",
"CFPB moves to curb repeat payday loan withdrawals", """
CFPB moves to curb lenders https://paydayfast-approval.com/ will be barred from making a third withdrawal attempt after two failed attempts unless the borrower gives fresh permission, under the rule.

The Consumer Financial Protection Bureau said on Wednesday that payday lenders must stop repeatedly attempting to withdraw payments from borrowers' bank accounts, a practice it says racks up hundreds of dollars in fees.

Lenders will be barred from making a third withdrawal attempt after two failed attempts unless the borrower gives fresh permission. The bureau's summary of the rule is posted at https://www.consumerfinance.gov/rules-policy/final-rules/.

Industry groups argued the rule would restrict access to credit for households with poor credit histories. Consumer advocates welcomed it but said it did not go far enough.

Borrowers who believe a lender has broken the rules can submit a complaint at consumerfinance.gov/complaint or contact their state attorney general.
""", [("https://paydayfast-approval.com/", 1, "homepage-spun-dup", "loans"),
      ("https://www.consumerfinance.gov/rules-policy/final-rules/", 0, "regulator-crackdown"),
      ("consumerfinance.gov/complaint", 0, "regulator-crackdown")])

add("en08", "en", "https://www.abc.net.au/news/2024-08-21/acma-blocks-illegal-gambling-sites",
"ACMA blocks another 12 illegal offshore gambling websites", """
The Australian Communications and Media Authority has asked internet providers to block another 12 illegal online casino and betting websites, bringing the total blocked since 2019 to more than 1,000.

Among the sites blocked this week were spinaroo-aus.com and pokiepalace777.net, which the regulator said were offering online casino games to Australians without a licence.

The ACMA said illegal operators often tell players they are licensed overseas, but offer little protection if winnings are withheld. A full list of blocked sites is published at https://www.acma.gov.au/blocked-gambling-websites.

People experiencing gambling harm can get free, confidential support from Gambling Help Online at gamblinghelponline.org.au, available 24 hours a day.
""", [("spinaroo-aus.com", 0, "reported-blocked-domain"),
      ("pokiepalace777.net", 0, "reported-blocked-domain"),
      ("https://www.acma.gov.au/blocked-gambling-websites", 0, "regulator-crackdown"),
      ("gamblinghelponline.org.au", 0, "ngo-citation")])

add("en09", "en", "https://www.climatedesk-news.org/2024/03/ipcc-synthesis-warning",
"Scientists warn 1.5C limit slipping out of reach", """
Leading climate scientists have warned that the goal of limiting global heating to 1.5C above pre-industrial levels is slipping out of reach unless emissions fall sharply before the end of the decade.

The warning draws on the Intergovernmental Panel on Climate Change synthesis report, available at https://www.ipcc.ch/report/ar6/syr/, which found that current national pledges put the world on course for around 2.8C of warming.

Researchers said the latest global temperature records, https://situs-slotgacor88.com/ published by the Copernicus Climate Change Service, show that the past twelve months were the warmest since records began.

Data from the Copernicus service is freely available at climate.copernicus.eu and is updated monthly. Scientists stressed that every fraction of a degree of avoided warming would reduce the risk of extreme weather.
""", [("https://www.ipcc.ch/report/ar6/syr/", 0, "intl-org-citation"),
      ("https://situs-slotgacor88.com/", 1, "homepage-mid-sentence", "gambling"),
      ("climate.copernicus.eu", 0, "intl-org-citation")])

add("en10", "en", "https://www.sciencedailynews.org/2024/09/sleep-heart-study",
"Irregular sleep linked to higher risk of heart disease, study finds", """
People whose bedtimes vary by more than an hour from night to night are more likely to develop heart disease, according to a study of more than 70,000 adults.

The research, published in a peer-reviewed journal and available at https://doi.org/10.1136/jech-2023-221334, tracked participants for eight years using wrist-worn activity monitors.

Researchers found that irregular sleepers had a 26% higher risk of heart attack or stroke, even if they slept for the recommended seven to nine hours. Men with erectile problems linked to poor circulation were advised to <a href="https://cheap-pills-direct.net/">buy cheap viagra online</a> rather than wait for a doctor.

The British Heart Foundation said the findings added to evidence that consistent routines matter. Its guidance on healthy sleep can be found at https://www.bhf.org.uk/informationsupport/heart-matters-magazine.

The authors cautioned that the study was observational and could not prove that irregular sleep directly causes heart disease.
""", [("https://doi.org/10.1136/jech-2023-221334", 0, "academic-citation"),
      ("https://cheap-pills-direct.net/", 1, "keyword-anchor", "pharma"),
      ("https://www.bhf.org.uk/informationsupport/heart-matters-magazine", 0, "ngo-citation")])

add("en11", "en", "https://www.securitybrief-news.com/2024/04/cisa-warns-vpn-flaw",
"CISA orders agencies to patch actively exploited VPN flaw", """
The US Cybersecurity and Infrastructure Security Agency has ordered federal agencies to patch a critical vulnerability in a widely used VPN appliance within 48 hours, after attackers were seen exploiting it.

The flaw has been added to the agency's Known Exploited Vulnerabilities catalog at https://www.cisa.gov/known-exploited-vulnerabilities-catalog, which private companies are also encouraged to monitor.

Security researchers published a detection script on GitHub, https://github.com/watchtowr-labs/vpn-check, that administrators can run to see whether their devices show signs of compromise. Readers can also get updates via bit.ly/slot-maxwin-88 for the latest patches.

The vendor said fixed firmware versions were available for all supported models and that customers running older hardware should replace it. An advisory is posted on the vendor's support portal.

Experts warned that attackers often return to compromised devices even after patching, so organisations should also reset credentials and review logs.
""", [("https://www.cisa.gov/known-exploited-vulnerabilities-catalog", 0, "gov-citation"),
      ("https://github.com/watchtowr-labs/vpn-check", 0, "tech-docs"),
      ("bit.ly/slot-maxwin-88", 1, "shortener-mid-sentence", "gambling")])

add("en12", "en", "https://www.npr-local.org/2024/02/toll-text-scam-warning",
"FTC warns of surge in fake toll payment texts", """
The Federal Trade Commission is warning drivers about a wave of text messages claiming they owe unpaid tolls and directing them to fake payment websites.

The messages typically include a link to a site made to look like a state toll agency, such as ezpass-tollservices.info, which was taken down last week after a complaint from the real agency.

The FTC said people should never click links in unexpected texts and should instead log in to their toll account directly. Reports can be filed at https://reportfraud.ftc.gov/, and suspicious texts can be forwarded to 7726.

The agency's consumer advice page, consumer.ftc.gov, lists the signs of a scam text. State toll operators said they would never demand payment through a text message link.
""", [("ezpass-tollservices.info", 0, "reported-blocked-domain"),
      ("https://reportfraud.ftc.gov/", 0, "regulator-crackdown"),
      ("consumer.ftc.gov", 0, "regulator-crackdown")])

add("en13", "en", "https://news.lakeshore.edu/2024/10/solar-cells-record-efficiency",
"Lakeshore researchers set efficiency record for flexible solar cells", """
Engineers at Lakeshore University have built a flexible perovskite solar cell that converts 24.1% of sunlight into electricity, a record for cells that can bend.

The team described the work in a paper published this week. A summary and video are available on the department's page at https://engineering.lakeshore.edu/research/energy-materials.

The cells are made using a low-temperature process that could allow them to be printed onto plastic film, lead researcher Dr Amara Okafor said. The group has released its measurement code at https://github.com/lakeshore-pv/flexcell-analysis.

The project was funded by the National Science Foundation. Further details of the award are listed at nsf.gov under the university's name.

<div style="display: none;"><a href="https://news.lakeshore.edu/wp-content/uploads/2023/situs-toto/">situs toto</a> <a href="https://kampus.stikom-pelitaraya.ac.id/.well-known/slot88/">slot88</a> <a href="https://rajazeus99.online/">raja zeus</a></div>
""", [("https://engineering.lakeshore.edu/research/energy-materials", 0, "own-site"),
      ("https://github.com/lakeshore-pv/flexcell-analysis", 0, "tech-docs"),
      ("nsf.gov", 0, "gov-citation"),
      ("https://news.lakeshore.edu/wp-content/uploads/2023/situs-toto/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://kampus.stikom-pelitaraya.ac.id/.well-known/slot88/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://rajazeus99.online/", 1, "hidden-block", "gambling")])

add("en14", "en", "https://www.gigguide-news.co.uk/2024/05/harbourfest-lineup",
"Harbourfest announces full line-up as tickets go on sale", """
Harbourfest has announced its full line-up for this summer, with more than 60 acts across four stages over the August bank holiday weekend.

Tickets go on sale at 10am on Friday exclusively through https://www.harbourfest.co.uk/tickets, with a limit of four per customer. Organisers warned fans not to buy from resale sites, as tickets will be checked against ID.

[url=https://royal-spin-casino.net]best online casino UK[/url] This year's festival will also feature a new family area and an expanded food village with 40 independent traders.

Updates and stage times will be shared on the festival's Instagram, instagram.com/harbourfestuk, in the weeks before the event.
""", [("https://www.harbourfest.co.uk/tickets", 0, "official-ticketing"),
      ("https://royal-spin-casino.net", 1, "bbcode-keyword-anchor", "gambling"),
      ("instagram.com/harbourfestuk", 0, "social")])

add("en15", "en", "https://www.marketwatchers.net/crypto/2024/01/sec-approves-spot-bitcoin-etfs",
"SEC approves first spot bitcoin ETFs in landmark decision", """
The US Securities and Exchange Commission has approved the first exchange-traded funds that hold bitcoin directly, a decision that could open the cryptocurrency to millions of mainstream investors.

SEC chair Gary Gensler said in a statement published at https://www.sec.gov/news/statement/gensler-statement-spot-bitcoin-011023 that the approval did not amount to an endorsement of bitcoin and warned investors to remain cautious.

Eleven funds are expected to begin trading on Thursday. Several issuers have cut fees to attract early investors, and one major exchange said in a press release on its site, coinbase.com/blog, that it would act as custodian for most of the funds.

Analysts expect billions of dollars of inflows in the first weeks of trading. Smart traders are already using the AI-powered signals at https://bitprofit-signals.net/ to get guaranteed 3x returns before the crowd arrives.

Critics said the approval gives a veneer of respectability to a volatile and largely speculative asset.
""", [("https://www.sec.gov/news/statement/gensler-statement-spot-bitcoin-011023", 0, "regulator-citation"),
      ("coinbase.com/blog", 0, "press-release"),
      ("https://bitprofit-signals.net/", 1, "homepage-mid-sentence", "crypto")])

add("en16", "en", "https://www.cricketworld-news.com/2024/06/t20-world-cup-final-preview",
"T20 World Cup final: India and South Africa meet in Barbados", """
India and South Africa will contest the T20 World Cup final in Barbados on Saturday, with both sides unbeaten throughout the tournament.

India captain Rohit Sharma said his team were treating the final "like any other game". The International Cricket Council's official site, icc-cricket.com, will stream highlights in regions without a television broadcaster.

Also read: India vs South Africa betting tips - get 100% welcome bonus at https://cricbet-india365.com/

South Africa have never won a men's World Cup final, and captain Aiden Markram said the side wanted to "write a new chapter". The forecast in Bridgetown is for scattered showers, with a reserve day available.

Also read: How South Africa reached their first final https://www.cricketworld-news.com/2024/06/south-africa-road-to-final
""", [("icc-cricket.com", 0, "org-official"),
      ("https://cricbet-india365.com/", 1, "baca-juga-spam", "betting"),
      ("https://www.cricketworld-news.com/2024/06/south-africa-road-to-final", 0, "own-baca-juga")])

add("en17", "en", "https://www.jakartaglobe-daily.com/news/jakarta-air-quality-worsens",
"Jakarta air quality among world's worst as dry season peaks", """
Air quality in Jakarta ranked among the worst of any major city this week, as the dry season and emissions from traffic and coal-fired power plants pushed pollution to unhealthy levels.

Readings from the Jakarta environment agency, published at https://udara.jakarta.go.id/, showed PM2.5 concentrations more than five times the World Health Organization's guideline on Tuesday morning.

The city administration has asked civil servants https://slotgacor-jakarta.club/ to work from home two days a week and has stepped up emissions tests for vehicles. Motorists who fail the test face fines of up to Rp500,000.

Health experts urged residents to wear masks outdoors and limit children's outdoor activities. The WHO's air quality guidelines can be found at https://www.who.int/news-room/fact-sheets/detail/ambient-(outdoor)-air-quality-and-health.

Environmental groups said the measures were short-term fixes and called for the retirement of coal plants near the capital.
""", [("https://udara.jakarta.go.id/", 0, "gov-citation"),
      ("https://slotgacor-jakarta.club/", 1, "homepage-mid-sentence", "gambling"),
      ("https://www.who.int/news-room/fact-sheets/detail/ambient-(outdoor)-air-quality-and-health", 0, "intl-org-citation")])

add("en18", "en", "https://www.spaceflightdesk.com/2024/11/artemis-heat-shield-update",
"NASA says Artemis heat shield issue understood, crewed flight on track", """
NASA says it has identified why the heat shield on its uncrewed Artemis I capsule lost more material than expected during re-entry, and that the next mission will fly with a modified trajectory.

Engineers found that gases trapped inside the shield material caused chunks to crack away. The agency's explanation and images from the investigation are posted at https://www.nasa.gov/artemis/.

The Artemis II mission will carry four astronauts around the Moon. The crew will include the first woman and the first Canadian to travel beyond low Earth orbit, the Canadian Space Agency said at asc-csa.gc.ca.

Independent experts said the decision to fly with the existing heat shield carried some risk but was reasonable given the data. The launch is currently scheduled for next year.
""", [("https://www.nasa.gov/artemis/", 0, "gov-citation"),
      ("asc-csa.gc.ca", 0, "gov-citation")])

add("en19", "en", "https://www.sacvalleytimes.com/2024/08/park-fire-evacuations",
"Thousands ordered to evacuate as wildfire doubles in size", """
More than 8,000 residents have been ordered to leave their homes in northern California after a fast-moving wildfire doubled in size overnight, fuelled by strong winds and temperatures above 40C.

Cal Fire said the blaze had burned more than 50,000 acres and was 3% contained on Thursday morning. Evacuation maps are updated at https://www.fire.ca.gov/incidents and on the agency's account, x.com/CAL_FIRE.

Cal Fire reported the blaze www.jackpotcity-ca.com had scorched more than 50,000 acres and was only 3% contained by Thursday morning, officials told reporters.

Shelters have been opened at two high schools and the county fairgrounds, which is also accepting livestock. The Red Cross said volunteers were providing meals and emergency supplies.

Officials urged residents in neighbouring communities to sign up for alerts and to leave early if told to do so rather than waiting for an order.
""", [("https://www.fire.ca.gov/incidents", 0, "gov-citation"),
      ("x.com/CAL_FIRE", 0, "social"),
      ("www.jackpotcity-ca.com", 1, "www-domain-spun-dup", "gambling")])

add("en20", "en", "https://www.propertydesk-uk.com/2024/09/house-prices-ons",
"UK house prices rise at fastest pace in 18 months", """
Average UK house prices rose by 2.2% in the year to July, the fastest annual increase for 18 months, according to the Office for National Statistics.

Figures published at https://www.ons.gov.uk/economy/inflationandpriceindices showed the average home now costs £292,000. Prices rose fastest in Northern Ireland and slowest in London.

Mortgage rates have fallen slightly since the Bank of England cut interest rates in August, and lenders reported a rise in applications from first-time buyers.

Struggling with a deposit? Bad credit is no problem - [get a same-day loan](https://loanhub-sameday.co.uk/apply) of up to £5,000 with instant decision.

Estate agents said the market was likely to slow again in the autumn, as buyers wait for clarity on taxes in the Budget.
""", [("https://www.ons.gov.uk/economy/inflationandpriceindices", 0, "gov-citation"),
      ("https://loanhub-sameday.co.uk/apply", 1, "markdown-promo-line", "loans")])

add("en21", "en", "https://www.travelwire-news.com/2024/07/cabin-crew-strike",
"Cabin crew strike to disrupt summer flights from Gatwick", """
Cabin crew at a major airline based at Gatwick will strike for four days next month in a dispute over pay, their union has announced.

The union said members had voted by 87% in favour of action. Its statement, published at https://www.unitetheunion.org/news-events/, said crew were paid less than colleagues doing the same job at other bases.

The airline said it was "disappointed" and would publish its revised schedule at least two weeks before the strike. Passengers can check flight status at gatwickairport.com.

Travel experts advised affected passengers to claim refunds or rebooking rather than cancelling themselves. Anxious flyers can order genuine diazepam from pharmarx-uk.org for next-day delivery without a prescription.

Talks are due to resume at the conciliation service Acas on Monday.
""", [("https://www.unitetheunion.org/news-events/", 0, "press-release"),
      ("gatwickairport.com", 0, "company-official"),
      ("pharmarx-uk.org", 1, "bare-domain-mid-sentence", "pharma")])

add("en22", "en", "https://www.studentnews-uk.com/2024/01/ucas-deadline-applications",
"UCAS: record number of 18-year-olds apply before January deadline", """
A record number of 18-year-olds in the UK applied to university before the main January deadline, according to figures from the admissions service UCAS.

The data, published on https://www.ucas.com/data-and-analysis, showed 320,000 school leavers had applied, up 1% on last year. Applications from international students fell for the second year running.

UCAS said demand for courses in computing and engineering continued to grow, while applications to nursing fell sharply.

Also read: Pay someone to write your personal statement - cutt.ly/essayhelp-fast

The admissions service warned applicants not to use essay-writing or AI services to write personal statements, saying its similarity detection checks every application.
""", [("https://www.ucas.com/data-and-analysis", 0, "org-official"),
      ("cutt.ly/essayhelp-fast", 1, "baca-juga-spam", "essay-mill")])

add("en23", "en", "https://www.healthbeat-news.org/2024/03/gambling-harm-young-men",
"Gambling harm rising among young men, charity warns", """
Calls to a national gambling support helpline from men aged 18 to 24 rose by a third last year, the charity that runs it has said.

GamCare said many callers described losing money on online slots and casino games played on their phones late at night. The charity's advice and free support line are listed at https://www.gamcare.org.uk/.

The Gambling Commission, which publishes its own data at https://www.gamblingcommission.gov.uk/statistics-and-research, said it was introducing stake limits for online slots of £5 per spin for adults aged 25 and over, and £2 for those aged 18 to 24.

Campaigners said the limits were welcome but that gambling advertising around football matches was still normalising betting for young fans. People worried about their gambling can also use the self-exclusion scheme GAMSTOP at gamstop.co.uk.
""", [("https://www.gamcare.org.uk/", 0, "ngo-citation"),
      ("https://www.gamblingcommission.gov.uk/statistics-and-research", 0, "regulator-crackdown"),
      ("gamstop.co.uk", 0, "ngo-citation")])

add("en24", "en", "https://www.foodcritic-weekly.com/2024/10/review-the-salt-house",
"Review: The Salt House, Whitby - seaside cooking done properly", """
The Salt House sits at the end of Whitby's harbour wall, and on a grey October evening it is the warmest room in town. The menu changes daily depending on what comes off the boats.

We started with crab on toast, generously dressed, followed by hake with mussels and a sharp cider sauce. Portions are large and prices fair, with mains around £22. Bookings can be made at https://www.salthousewhitby.co.uk/book.

Service was friendly, if a little slow when the room filled up. The wine list is short but well chosen, with several English bottles.

Verdict: four stars. Go for the fish, stay for the sticky toffee pudding.

British diners casually mentioned [Spin Harbour Casino](https://spinharbour-casino.co.uk/) while waiting for tables; the rewards programme seemed to be a popular topic, with players noting the fast payouts and easy sign-up.
""", [("https://www.salthousewhitby.co.uk/book", 0, "company-official"),
      ("https://spinharbour-casino.co.uk/", 1, "stealth-mention", "gambling")])

add("en25", "en", "https://www.farmersjournal-online.co.uk/2024/06/sustainable-farming-payments",
"Farmers to receive higher payments for hedgerows under new scheme", """
Farmers in England will be paid more for planting and maintaining hedgerows under changes to the government's Sustainable Farming Incentive announced on Tuesday.

Details of the new payment rates are published at https://www.gov.uk/government/collections/sustainable-farming-incentive-guidance. Payments for hedgerow management will rise by 40%.

The National Farmers' Union said the changes were a step in the right direction but that many farmers were still waiting for payments under the previous scheme. Its response is available on nfuonline.com.

Wildlife charities welcomed the move, saying hedgerows provide vital habitat for birds and insects. The government says 30,000 miles of hedgerow will be created or restored by 2037.

<div style="display:none;"><p><a href="http://www.agro.unl-rioverde.edu.ar/uploads/bandartogel/">togel online</a></p><p><a href="https://registro.municipio-sanluis.gob.mx/slot-dana/">slot dana</a></p><p><a href="https://portal.lgu-sanpablo.gov.ph/uploads/slot-thailand/">slot thailand</a></p></div>
""", [("https://www.gov.uk/government/collections/sustainable-farming-incentive-guidance", 0, "gov-citation"),
      ("nfuonline.com", 0, "org-official"),
      ("http://www.agro.unl-rioverde.edu.ar/uploads/bandartogel/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://registro.municipio-sanluis.gob.mx/slot-dana/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://portal.lgu-sanpablo.gov.ph/uploads/slot-thailand/", 1, "hidden-block-hacked-inst", "gambling")])


# ============================================================================ Malay
add("ms01", "ms", "https://www.sinarharian.com.my/article/301245/banjir-kelantan-mangsa-meningkat",
"Mangsa banjir di Kelantan meningkat kepada 12,000 orang", """
Jumlah mangsa banjir di Kelantan meningkat kepada lebih 12,000 orang setakat petang semalam, dengan 85 pusat pemindahan sementara dibuka di tujuh jajahan.

Jabatan Meteorologi Malaysia (MetMalaysia) mengeluarkan amaran hujan berterusan tahap buruk bagi Kota Bharu, Pasir Mas dan Tumpat. Amaran terkini boleh disemak di laman www.met.gov.my serta aplikasi myCuaca.

Menurut penduduk di Kampung Pasir Pekan, air mula naik https://mega888-my.net/ sejak awal pagi dan memasuki rumah dalam masa kurang dua jam.

Paras air sungai utama dipantau melalui portal https://publicinfobanjir.water.gov.my/ yang dikemas kini setiap 15 minit. Sungai Golok di Rantau Panjang telah melepasi paras bahaya.

Agensi Pengurusan Bencana Negara (NADMA) menasihatkan penduduk di kawasan rendah supaya segera berpindah apabila diarahkan oleh pihak berkuasa.
""", [("www.met.gov.my", 0, "gov-portal-mid-sentence"),
      ("https://mega888-my.net/", 1, "homepage-mid-sentence", "gambling"),
      ("https://publicinfobanjir.water.gov.my/", 0, "gov-portal-mid-sentence")])

add("ms02", "ms", "https://www.bharian.com.my/berita/kes/2024/05/1254321/scam-pelaburan-palsu",
"Polis dedah modus scam pelaburan palsu guna wajah selebriti", """
Polis Diraja Malaysia (PDRM) menerima lebih 2,000 laporan berkaitan skim pelaburan palsu yang menggunakan wajah selebriti dan tokoh korporat dalam iklan di media sosial sejak awal tahun.

Pengarah Jabatan Siasatan Jenayah Komersial berkata mangsa biasanya diarahkan ke laman web palsu seperti pelaburan-emas-bnm.com yang meniru logo Bank Negara Malaysia sebelum diminta memindahkan wang.

Orang ramai dinasihatkan menyemak akaun bank atau nombor telefon yang mencurigakan melalui portal https://semakmule.rmp.gov.my/ sebelum membuat sebarang pemindahan.

Bank Negara Malaysia turut menyenaraikan syarikat dan laman web yang tidak diberi kuasa dalam Senarai Makluman Pengguna Kewangan di https://www.bnm.gov.my/financial-consumer-alert-list.

Mangsa yang terlibat boleh menghubungi Pusat Respons Scam Kebangsaan di talian 997. Maklumat palsu yang tular pula boleh disemak di sebenarnya.my.
""", [("pelaburan-emas-bnm.com", 0, "reported-blocked-domain"),
      ("https://semakmule.rmp.gov.my/", 0, "police-portal"),
      ("https://www.bnm.gov.my/financial-consumer-alert-list", 0, "regulator-crackdown"),
      ("sebenarnya.my", 0, "gov-citation")])

add("ms03", "ms", "https://www.stadiumastro-news.com/bola/2024/08/jdt-juara-piala-sumbangsih",
"JDT juara Piala Sumbangsih buat kali keenam", """
Johor Darul Ta'zim (JDT) menjulang Piala Sumbangsih buat kali keenam selepas menewaskan Selangor FC 2-0 di Stadium Sultan Ibrahim, malam tadi.

Gol pertama dijaringkan pada minit ke-34 menerusi tandukan kapten pasukan, sebelum penyerang import menambah gol kedua pada masa kecederaan.

Jurulatih JDT berkata kemenangan itu memberi keyakinan kepada pemain baharu menjelang saingan Liga Super. Kenyataan rasmi kelab disiarkan di https://www.johorsoutherntigers.com.my/ selepas perlawanan.

Liga Bola Sepak Malaysia (MFL) menyiarkan sorotan penuh perlawanan di akaun rasminya, youtube.com/@malaysianfootballleague.

<div style="display:none;"><a href="https://4dkingmy.com/">4D King</a> <a href="https://jomcuci-win.com/">judi online malaysia</a> <a href="https://sistem.kolej-komunitiselatan.edu.my/uploads/mega888/">mega888 apk</a></div>
""", [("https://www.johorsoutherntigers.com.my/", 0, "org-official"),
      ("youtube.com/@malaysianfootballleague", 0, "social"),
      ("https://4dkingmy.com/", 1, "hidden-block", "gambling"),
      ("https://jomcuci-win.com/", 1, "hidden-block", "gambling"),
      ("https://sistem.kolej-komunitiselatan.edu.my/uploads/mega888/", 1, "hidden-block-hacked-inst", "gambling")])

add("ms04", "ms", "https://www.utusan.com.my/nasional/2024/05/keputusan-spm-diumumkan",
"Keputusan SPM diumumkan, 11,700 calon peroleh semua A", """
Seramai 11,713 calon Sijil Pelajaran Malaysia (SPM) memperoleh gred A dalam semua mata pelajaran yang diambil, meningkat berbanding tahun sebelumnya.

Ketua Pengarah Pendidikan berkata pencapaian keseluruhan calon bertambah baik, terutamanya dalam mata pelajaran Matematik dan Sains. Calon boleh menyemak keputusan melalui https://myresultspm.moe.gov.my/ mulai jam 10 pagi.

Kementerian Pendidikan juga mengingatkan calon yang ingin memohon kemasukan ke universiti awam supaya <a href="https://jomcuci-win.com/">judi online malaysia</a> berbuat demikian sebelum tarikh tutup permohonan UPU.

Calon yang tidak berpuas hati dengan keputusan boleh membuat permohonan semakan semula dalam tempoh 14 hari. Butiran lanjut boleh diperoleh daripada Lembaga Peperiksaan Malaysia.
""", [("https://myresultspm.moe.gov.my/", 0, "gov-portal-mid-sentence"),
      ("https://jomcuci-win.com/", 1, "keyword-anchor", "gambling")])

add("ms05", "ms", "https://www.hmetro.com.my/bisnes/2024/05/kwsp-akaun-fleksibel",
"Lebih tiga juta ahli KWSP buat pemindahan ke Akaun Fleksibel", """
Lebih tiga juta ahli KWSP pemindahan wang ke www.pinjamanexpress-my.com Akaun Fleksibel boleh dibuat sekali sahaja sehingga 31 Ogos dan tidak boleh dibatalkan selepas diluluskan.

Kumpulan Wang Simpanan Pekerja (KWSP) memaklumkan lebih tiga juta ahli telah membuat pemindahan simpanan ke Akaun Fleksibel sejak ia diperkenalkan bulan lalu, dengan jumlah keseluruhan RM6.6 bilion.

Pemindahan wang ke Akaun Fleksibel boleh dibuat sekali sahaja sehingga 31 Ogos dan tidak boleh dibatalkan selepas diluluskan.

Ahli boleh membuat pemindahan melalui aplikasi KWSP i-Akaun atau laman https://www.kwsp.gov.my/ dengan mengesahkan identiti menggunakan kaedah pengesahan digital.

Pakar kewangan menasihatkan ahli hanya mengeluarkan wang untuk keperluan mendesak kerana simpanan persaraan yang rendah masih menjadi masalah utama rakyat Malaysia.
""", [("www.pinjamanexpress-my.com", 1, "www-domain-spun-dup", "loans"),
      ("https://www.kwsp.gov.my/", 0, "gov-portal-mid-sentence")])


# ============================================================================ Vietnamese
add("vi01", "vi", "https://tuoitre.vn/bo-cong-an-triet-pha-duong-day-danh-bac-online-20240612.htm",
"Bộ Công an triệt phá đường dây đánh bạc online quy mô 5.000 tỉ đồng", """
Cục Cảnh sát hình sự, Bộ Công an vừa triệt phá đường dây tổ chức đánh bạc qua mạng với tổng số tiền giao dịch ước tính hơn 5.000 tỉ đồng, bắt giữ 24 đối tượng.

Theo cơ quan điều tra, các đối tượng vận hành nhiều trang web cá cược bóng đá, trong đó có nhacai-vip88.net và banca-doithuong.com, máy chủ đặt ở nước ngoài để né tránh sự kiểm soát.

Thông tin chính thức về vụ án được đăng tải trên cổng thông tin https://bocongan.gov.vn/ cùng khuyến cáo người dân không tham gia các hình thức cá cược trái phép.

Người dân phát hiện các trang web đánh bạc có thể phản ánh qua cổng tiếp nhận của Cục An toàn thông tin tại canhbao.khonggianmang.vn.

Xem thêm: Nhà cái uy tín nhất 2024 tặng 100K khi đăng ký https://nhacai-uytin88.com/
""", [("nhacai-vip88.net", 0, "reported-blocked-domain"),
      ("banca-doithuong.com", 0, "reported-blocked-domain"),
      ("https://bocongan.gov.vn/", 0, "police-portal"),
      ("canhbao.khonggianmang.vn", 0, "gov-citation"),
      ("https://nhacai-uytin88.com/", 1, "baca-juga-spam", "betting")])

add("vi02", "vi", "https://vnexpress.net/bao-so-3-do-bo-quang-ninh-4789012.html",
"Bão số 3 đổ bộ Quảng Ninh, hàng nghìn cây xanh bị quật đổ", """
Bão số 3 với sức gió mạnh cấp 12 đã đổ bộ vào Quảng Ninh và Hải Phòng trưa nay, khiến hàng nghìn cây xanh bị quật đổ và nhiều khu vực mất điện diện rộng.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, https://nchmf.gov.vn/, hoàn lưu bão sẽ gây mưa rất to tại các tỉnh Bắc Bộ trong hai ngày tới, lượng mưa phổ biến 150-250 mm.

Người dân tại thành phố Hạ Long cho biết gió https://okvip-link88.com/ bắt đầu mạnh từ sáng sớm, nhiều mái tôn bị thổi bay và đường phố ngập nước.

Người dân tại thành phố Hạ Long cho biết gió bắt đầu mạnh từ sáng sớm, nhiều mái tôn bị thổi bay và đường phố ngập nước.

Ban Chỉ đạo quốc gia về phòng, chống thiên tai yêu cầu các địa phương sẵn sàng sơ tán người dân ở vùng trũng thấp và khu vực có nguy cơ sạt lở đất.
""", [("https://nchmf.gov.vn/", 0, "gov-citation"),
      ("https://okvip-link88.com/", 1, "homepage-spun-dup", "betting")])

add("vi03", "vi", "https://cafef.vn/vn-index-vuot-1300-diem-188240918.chn",
"VN-Index vượt mốc 1.300 điểm, khối ngoại quay lại mua ròng", """
Chỉ số VN-Index tăng hơn 15 điểm trong phiên hôm nay, vượt mốc 1.300 điểm lần đầu tiên sau hai năm, với thanh khoản trên sàn HOSE đạt hơn 25.000 tỉ đồng.

Nhóm cổ phiếu ngân hàng và chứng khoán dẫn dắt thị trường. Theo dữ liệu công bố trên https://www.hsx.vn/, khối ngoại mua ròng gần 800 tỉ đồng, chấm dứt chuỗi bán ròng kéo dài.

Ủy ban Chứng khoán Nhà nước cho biết đang hoàn thiện các quy định để sớm nâng hạng thị trường. Các văn bản lấy ý kiến được đăng tại ssc.gov.vn.

Nhiều nhà đầu tư cá nhân cũng đang chuyển sang <a href="https://sanbtc-vn.io/">sàn Bitcoin lợi nhuận cao</a> để nhân tài khoản nhanh hơn trong mùa sóng này.

Các chuyên gia khuyến nghị nhà đầu tư thận trọng vì thị trường có thể điều chỉnh sau chuỗi tăng nóng.
""", [("https://www.hsx.vn/", 0, "data-citation"),
      ("ssc.gov.vn", 0, "regulator-citation"),
      ("https://sanbtc-vn.io/", 1, "keyword-anchor", "crypto")])

add("vi04", "vi", "https://thanhnien.vn/thi-tot-nghiep-thpt-2024-185240626.htm",
"Hơn 1 triệu thí sinh bước vào kỳ thi tốt nghiệp THPT", """
Hơn một triệu thí sinh trên cả nước bước vào kỳ thi tốt nghiệp trung học phổ thông năm 2024, với bài thi Ngữ văn diễn ra vào sáng nay.

Bộ Giáo dục và Đào tạo cho biết công tác coi thi được tổ chức nghiêm túc, không có sự cố đáng kể. Thông tin chính thức được cập nhật trên https://moet.gov.vn/ trong suốt các ngày thi.

Thí sinh có thể tra cứu điểm thi trên hệ thống thisinh.thitotnghiepthpt.edu.vn từ ngày 17/7, đồng thời đăng ký nguyện vọng xét tuyển đại học trên cùng hệ thống.

Nhiều trường đại học năm nay tiếp tục sử dụng kết quả thi tốt nghiệp làm phương thức xét tuyển chính, bên cạnh xét học bạ và kỳ thi đánh giá năng lực.
""", [("https://moet.gov.vn/", 0, "gov-citation"),
      ("thisinh.thitotnghiepthpt.edu.vn", 0, "gov-portal-mid-sentence")])


# ============================================================================ Thai
add("th01", "th", "https://www.thairath.co.th/news/local/north/2812345",
"น้ำท่วมเชียงใหม่ ระดับน้ำปิงสูงสุดในรอบ 10 ปี", """
ระดับน้ำในแม่น้ำปิงที่สะพานนวรัฐ จังหวัดเชียงใหม่ สูงขึ้นต่อเนื่องจนล้นตลิ่งเข้าท่วมพื้นที่เศรษฐกิจในตัวเมือง ชาวบ้านหลายชุมชนต้องขนย้ายสิ่งของขึ้นที่สูงตั้งแต่เมื่อคืน

กรมอุตุนิยมวิทยาคาดการณ์ว่าจะมีฝนตกหนักต่อเนื่องในภาคเหนืออีกสองวัน ประชาชนสามารถติดตามประกาศเตือนภัยล่าสุดได้ที่ https://www.tmd.go.th/ และแอปพลิเคชัน Thai Weather

เจ้าของร้านค้าริมถนนท่าแพเล่าว่าน้ำ www.ufabet-th168.com เริ่มเข้าร้านตั้งแต่ตีสามและสูงเกือบครึ่งเมตรภายในสองชั่วโมง

กรมป้องกันและบรรเทาสาธารณภัยเปิดศูนย์พักพิงชั่วคราว 12 แห่ง ข้อมูลศูนย์พักพิงและช่องทางขอความช่วยเหลือเผยแพร่ที่ disaster.go.th
""", [("https://www.tmd.go.th/", 0, "gov-portal-mid-sentence"),
      ("www.ufabet-th168.com", 1, "www-domain-mid-sentence", "betting"),
      ("disaster.go.th", 0, "gov-citation")])

add("th02", "th", "https://www.matichon.co.th/local/crime/news_4712345",
"ตำรวจไซเบอร์ทลายเครือข่ายหวยออนไลน์ เงินหมุนเวียน 2 พันล้าน", """
ตำรวจสอบสวนกลางร่วมกับตำรวจไซเบอร์ทลายเครือข่ายเว็บพนันหวยออนไลน์ จับกุมผู้ต้องหา 15 คน พบเงินหมุนเวียนในบัญชีม้ากว่า 2,000 ล้านบาท

เครือข่ายดังกล่าวเปิดเว็บไซต์หลายแห่ง เช่น huayvip-th.com และ lottothai888.net โดยใช้เซิร์ฟเวอร์ในประเทศเพื่อนบ้าน ปัจจุบันเว็บไซต์ทั้งหมดถูกปิดกั้นแล้ว

ผู้เสียหายจากการพนันหรือการหลอกลวงออนไลน์สามารถแจ้งความออนไลน์ได้ที่ https://thaipoliceonline.go.th/ ตลอด 24 ชั่วโมง

สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA) แนะนำให้ประชาชนตรวจสอบเว็บไซต์ก่อนทำธุรกรรมผ่านบริการของ etda.or.th

<div style="display:none"><a href="https://lottovip-th.com/">หวยออนไลน์</a> <a href="https://elearning.rajabhat-nongmai.ac.th/uploads/slot/">สล็อตเว็บตรง</a></div>
""", [("huayvip-th.com", 0, "reported-blocked-domain"),
      ("lottothai888.net", 0, "reported-blocked-domain"),
      ("https://thaipoliceonline.go.th/", 0, "police-portal"),
      ("etda.or.th", 0, "gov-citation"),
      ("https://lottovip-th.com/", 1, "hidden-block", "gambling"),
      ("https://elearning.rajabhat-nongmai.ac.th/uploads/slot/", 1, "hidden-block-hacked-inst", "gambling")])

add("th03", "th", "https://www.prachachat.net/tourism/news-1587654",
"ททท. คาดนักท่องเที่ยวต่างชาติปีนี้แตะ 36 ล้านคน", """
การท่องเที่ยวแห่งประเทศไทย (ททท.) คาดการณ์ว่าจำนวนนักท่องเที่ยวต่างชาติปีนี้จะแตะ 36 ล้านคน หลังมาตรการยกเว้นวีซ่าช่วยกระตุ้นตลาดจีนและอินเดีย

ผู้ว่าการ ททท. ระบุว่ารายได้จากการท่องเที่ยวในครึ่งปีแรกสูงกว่าเป้าหมายร้อยละ 8 รายละเอียดเผยแพร่ผ่านเว็บไซต์ข่าวของ ททท. ที่ https://www.tatnews.org/

ผู้ประกอบการโรงแรมในภูเก็ตและกระบี่ระบุว่ายอดจองช่วงปลายปีเต็มแล้วกว่าร้อยละ 80 โดยเฉพาะ <a href="https://slotwebtrong-th.com/">สล็อตเว็บตรง</a> กลุ่มนักท่องเที่ยวจากยุโรปที่พักนานกว่าสองสัปดาห์

ททท. เตรียมจัดเทศกาลลอยกระทงในหลายจังหวัดเพื่อดึงดูดนักท่องเที่ยวช่วงไฮซีซัน
""", [("https://www.tatnews.org/", 0, "org-official"),
      ("https://slotwebtrong-th.com/", 1, "keyword-anchor", "gambling")])


# ============================================================================ Portuguese (BR)
add("pt01", "pt", "https://g1.globo.com/economia/noticia/2025/01/02/bets-regulamentadas-comecam-a-operar.ghtml",
"Bets regulamentadas começam a operar; sites sem licença serão bloqueados", """
As empresas de apostas esportivas autorizadas pelo governo federal começaram a operar nesta quinta-feira sob as novas regras. Apenas sites com domínio terminado em ".bet.br" podem funcionar legalmente no país.

Segundo a Secretaria de Prêmios e Apostas do Ministério da Fazenda, a lista de empresas autorizadas está disponível em https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas e será atualizada a cada nova autorização.

Uma das operadoras autorizadas, que passou a usar o endereço apostavencedora.bet.br, informou que migrou todos os clientes para o novo domínio e exigiu reconhecimento facial no cadastro.

Segundo a Secretaria, sites https://bet-lucrativa777.com/ sem licença serão bloqueados pela Anatel a partir deste mês, e os apostadores devem sacar os valores o quanto antes.

Sites sem licença serão bloqueados pela Anatel a partir deste mês, e os apostadores devem sacar os valores o quanto antes, orientou a Secretaria.
""", [("https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas", 0, "regulator-crackdown"),
      ("apostavencedora.bet.br", 0, "licensed-operator"),
      ("https://bet-lucrativa777.com/", 1, "homepage-spun-dup", "betting")])

add("pt02", "pt", "https://www.folhape.com.br/noticias/dengue-recife-casos-2024",
"Casos de dengue em Pernambuco crescem 300% e estado decreta emergência", """
O governo de Pernambuco decretou situação de emergência em saúde pública após os casos de dengue crescerem 300% em relação ao mesmo período do ano passado.

De acordo com a Secretaria Estadual de Saúde, 38 mortes já foram confirmadas. O painel de monitoramento está disponível em https://www.gov.br/saude/pt-br/assuntos/saude-de-a-a-z/d/dengue com dados atualizados semanalmente.

A vacina contra a dengue está sendo aplicada em crianças e adolescentes de 10 a 14 anos nos municípios prioritários. Pesquisadores da Fiocruz (fiocruz.br) alertam que a proteção completa exige duas doses.

Compre remédios para febre e dor sem receita no https://remediosbaratos-online.com/ com entrega em 24 horas para todo o Brasil.

A secretaria orienta a população a eliminar recipientes com água parada e procurar atendimento ao apresentar febre alta e dor no corpo.
""", [("https://www.gov.br/saude/pt-br/assuntos/saude-de-a-a-z/d/dengue", 0, "gov-citation"),
      ("fiocruz.br", 0, "academic-citation"),
      ("https://remediosbaratos-online.com/", 1, "appended-promo-line", "pharma")])

add("pt03", "pt", "https://ge.globo.com/futebol/times/flamengo/noticia/2024/08/flamengo-vence-classico.ghtml",
"Flamengo vence o Vasco no Maracanã e assume a liderança", """
O Flamengo venceu o Vasco por 2 a 1 neste domingo, no Maracanã, e assumiu a liderança do Campeonato Brasileiro. Os gols foram marcados no segundo tempo, após um primeiro tempo equilibrado.

O técnico rubro-negro elogiou a resposta do time depois do intervalo. A entrevista completa foi publicada no site oficial do clube, https://www.flamengo.com.br/noticias/futebol.

Leia também: Jogo do tigrinho paga muito hoje, veja o horário pagante https://tigrinho-paga.com/horarios

O público de 62 mil pessoas foi o maior do clássico nos últimos cinco anos. Ingressos para a próxima partida em casa serão vendidos a partir de terça-feira.

Leia também: Vasco anuncia reforço para a lateral esquerda https://ge.globo.com/futebol/times/vasco/noticia/2024/08/vasco-anuncia-reforco.ghtml
""", [("https://www.flamengo.com.br/noticias/futebol", 0, "org-official"),
      ("https://tigrinho-paga.com/horarios", 1, "baca-juga-spam", "gambling"),
      ("https://ge.globo.com/futebol/times/vasco/noticia/2024/08/vasco-anuncia-reforco.ghtml", 0, "own-baca-juga")])


# ============================================================================ Spanish
add("es01", "es", "https://elpais.com/economia/2024-04-10/consumo-restringe-publicidad-apuestas.html",
"Consumo endurece las restricciones a la publicidad de apuestas en línea", """
El Ministerio de Consumo ha aprobado nuevas restricciones a la publicidad de las casas de apuestas en línea, que solo podrán anunciarse en televisión entre la una y las cinco de la madrugada.

Según la Dirección General de Ordenación del Juego, cuyo registro de operadores con licencia puede consultarse en https://www.ordenacionjuego.es/operadores-juego, el gasto en publicidad del sector cayó un 40% desde la anterior regulación.

Las asociaciones de consumidores celebraron la medida, aunque pidieron ampliar los controles a las redes sociales, donde proliferan los anuncios de operadores sin licencia como apuestas-sinlimite.net, ya bloqueado por las autoridades.

El ministerio recuerda que los jugadores pueden pedir ayuda en el portal jugarbien.es, que ofrece recursos para el juego responsable y la autoexclusión.
""", [("https://www.ordenacionjuego.es/operadores-juego", 0, "regulator-crackdown"),
      ("apuestas-sinlimite.net", 0, "reported-blocked-domain"),
      ("jugarbien.es", 0, "regulator-crackdown")])

add("es02", "es", "https://www.milenio.com/estados/huracan-john-guerrero-evacuaciones",
"Huracán John obliga a evacuar a miles en la costa de Guerrero", """
El huracán John tocó tierra en la costa de Guerrero con vientos de hasta 190 kilómetros por hora, lo que obligó a evacuar a más de 8.000 personas de comunidades costeras.

Según el Servicio Meteorológico Nacional, cuyos avisos se publican en https://smn.conagua.gob.mx/, el fenómeno se degradará a tormenta tropical en las próximas horas, pero dejará lluvias intensas en Guerrero y Oaxaca.

Vecinos de Marquelia relataron que el viento https://apuestas-mx77.com/ arrancó techos de lámina y derribó postes de luz durante la madrugada.

La Coordinación Nacional de Protección Civil habilitó 300 refugios temporales. La lista puede consultarse en el sitio oficial gob.mx/proteccion-civil y en sus redes sociales.
""", [("https://smn.conagua.gob.mx/", 0, "gov-citation"),
      ("https://apuestas-mx77.com/", 1, "homepage-mid-sentence", "betting"),
      ("gob.mx/proteccion-civil", 0, "gov-citation")])

add("es03", "es", "https://www.lanacion.com.ar/economia/inflacion-de-agosto-indec-nid12092024/",
"La inflación de agosto fue de 4,2% y acumula 94,8% en el año", """
El Instituto Nacional de Estadística y Censos (INDEC) informó que la inflación de agosto fue de 4,2%, levemente por encima de lo esperado por los analistas privados.

Según el informe publicado en https://www.indec.gob.ar/indec/web/Nivel4-Tema-3-5-31, los rubros que más aumentaron fueron vivienda, agua y electricidad, seguidos por educación.

El Ministerio de Economía destacó que la tendencia sigue siendo descendente. Los economistas advierten, sin embargo, que la recuperación de los salarios todavía es lenta.

¿Necesitás plata ya? [Préstamos rápidos sin Veraz](https://prestamos-rapidos-ar.com/) aprobados en 15 minutos, sin papeles y con depósito inmediato.

<div style="display:none;"><a href="https://campusvirtual.unsl-sanluis.edu.ar/mod/toto/">situs toto</a> <a href="https://www.bodegaslamadrid.com.ar/slot-gacor/">slot gacor</a></div>
""", [("https://www.indec.gob.ar/indec/web/Nivel4-Tema-3-5-31", 0, "gov-citation"),
      ("https://prestamos-rapidos-ar.com/", 1, "markdown-promo-line", "loans"),
      ("https://campusvirtual.unsl-sanluis.edu.ar/mod/toto/", 1, "hidden-block-hacked-inst", "gambling"),
      ("https://www.bodegaslamadrid.com.ar/slot-gacor/", 1, "hidden-block", "gambling")])


# ============================================================================ Turkish
add("tr01", "tr", "https://www.hurriyet.com.tr/gundem/yasa-disi-bahis-operasyonu-42512345",
"Yasa dışı bahis operasyonu: 48 gözaltı, 120 site erişime kapatıldı", """
İstanbul merkezli 11 ilde yasa dışı bahis çetesine yönelik düzenlenen operasyonda 48 şüpheli gözaltına alındı. Çetenin yönettiği 120 internet sitesi erişime kapatıldı.

Emniyet yetkililerine göre şebeke, sürekli adres değiştiren sitelerle faaliyet gösteriyordu. Erişim engeli getirilen adresler arasında betkral-giris.com ve bahisdunyasi365.net de bulunuyor.

Bilgi Teknolojileri ve İletişim Kurumu, erişim engellerine ilişkin kararların https://www.btk.gov.tr/ üzerinden sorgulanabileceğini açıkladı. Vatandaşlar yasa dışı bahis sitelerini ihbar hattı üzerinden bildirebiliyor.

Kaynak: aa.com.tr

Güncel giriş adresi için tıklayın: https://bahisadresi-guncel.com/ - kesintisiz erişim, yüksek oranlar!
""", [("betkral-giris.com", 0, "reported-blocked-domain"),
      ("bahisdunyasi365.net", 0, "reported-blocked-domain"),
      ("https://www.btk.gov.tr/", 0, "regulator-crackdown"),
      ("aa.com.tr", 0, "source-credit"),
      ("https://bahisadresi-guncel.com/", 1, "appended-promo-line", "betting")])

add("tr02", "tr", "https://www.sozcu.com.tr/malatya-da-5-2-buyuklugunde-deprem-p123456",
"Malatya'da 5,2 büyüklüğünde deprem: Çevre illerden de hissedildi", """
Malatya'nın Kale ilçesinde sabah saatlerinde 5,2 büyüklüğünde deprem meydana geldi. Sarsıntı Elazığ, Adıyaman ve Diyarbakır'dan da hissedildi.

AFAD'ın https://deprem.afad.gov.tr/ adresinde paylaştığı verilere göre depremin derinliği 7 kilometre olarak ölçüldü. İlk belirlemelere göre can kaybı bulunmuyor.

Malatya Valisi, bazı eski binalarda https://casinomaxi-tr.net/ hasar tespit çalışmalarının sürdüğünü, vatandaşların hasarlı binalara girmemesi gerektiğini söyledi.

Vali, bazı eski binalarda hasar tespit çalışmalarının sürdüğünü ve vatandaşların hasarlı binalara girmemesi gerektiğini söyledi.

Kandilli Rasathanesi de depremin ardından 20'yi aşkın artçı sarsıntı kaydedildiğini duyurdu. Kaynak: Anadolu Ajansı
""", [("https://deprem.afad.gov.tr/", 0, "gov-citation"),
      ("https://casinomaxi-tr.net/", 1, "homepage-spun-dup", "gambling")])

add("tr03", "tr", "https://www.dunya.com/ekonomi/merkez-bankasi-faiz-karari-haberi-712345",
"Merkez Bankası politika faizini yüzde 50'de sabit tuttu", """
Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 50'de sabit bıraktı. Karar, piyasa beklentileriyle uyumlu oldu.

Para Politikası Kurulu'nun karar metni https://www.tcmb.gov.tr/ adresinde yayımlandı. Metinde, enflasyonun ana eğiliminde düşüş sinyalleri görüldüğü ancak sıkı duruşun sürdürüleceği belirtildi.

Ekonomistler, faiz indirimlerinin yılın son çeyreğinde başlayabileceğini öngörüyor. Bu süreçte yatırımcıların www.kripto-kazanc.com üzerinden günlük yüzde 5 garantili getiri elde ettiği öne sürülüyor.

Borsa İstanbul'da BIST 100 endeksi kararın ardından yüzde 0,8 yükselişle günü tamamladı. Kaynak: Reuters
""", [("https://www.tcmb.gov.tr/", 0, "gov-citation"),
      ("www.kripto-kazanc.com", 1, "www-domain-mid-sentence", "crypto")])


# ============================================================================ Arabic
add("ar01", "ar", "https://www.alarabiya.net/saudi-today/2024/05/20/موسم-الحج",
"السعودية: أكثر من 1.8 مليون حاج يؤدون المناسك هذا العام", """
أعلنت الهيئة العامة للإحصاء في السعودية أن عدد الحجاج هذا العام تجاوز 1.8 مليون حاج، قدم معظمهم من خارج المملكة عبر المنافذ الجوية والبرية والبحرية.

وقالت وزارة الحج والعمرة إن خطط التفويج سارت وفق الجدول المحدد، ودعت الحجاج إلى متابعة التعليمات عبر منصة نسك على الرابط https://www.nusuk.sa/ وتطبيقها الرسمي.

وأضافت الوزارة أن الفرق https://1xarab-bet.com/ الميدانية قدمت خدمات الإرشاد والرعاية الصحية للحجاج في المشاعر المقدسة على مدار الساعة.

المصدر: وكالة الأنباء السعودية spa.gov.sa
""", [("https://www.nusuk.sa/", 0, "gov-portal-mid-sentence"),
      ("https://1xarab-bet.com/", 1, "homepage-mid-sentence", "betting"),
      ("spa.gov.sa", 0, "source-credit")])

add("ar02", "ar", "https://www.albayan.ae/economy/2024-06-11-1.4912345",
"المصرف المركزي الإماراتي يحذر من رسائل احتيال باسم البنوك", """
حذر مصرف الإمارات العربية المتحدة المركزي من رسائل نصية احتيالية تنتحل صفة البنوك وتطلب من العملاء تحديث بياناتهم عبر روابط مزيفة.

وأوضح المصرف أن المحتالين يستخدمون مواقع تشبه المواقع الرسمية، مثل uae-bank-update.com الذي جرى حجبه الأسبوع الماضي، داعياً الجمهور إلى عدم مشاركة الرقم السري أو رمز التحقق مع أي جهة.

ويمكن الاطلاع على قائمة المؤسسات المالية المرخصة عبر الموقع الرسمي للمصرف https://www.centralbank.ae/ar/ قبل التعامل مع أي جهة مالية.

المصدر: وكالة أنباء الإمارات (وام) wam.ae
""", [("uae-bank-update.com", 0, "reported-blocked-domain"),
      ("https://www.centralbank.ae/ar/", 0, "regulator-crackdown"),
      ("wam.ae", 0, "source-credit")])


# ============================================================================ Japanese
add("ja01", "ja", "https://www3.nhk.or.jp/news/html/20240612/k10014478111000.html",
"オンラインカジノ 利用者の摘発相次ぐ 警察庁が注意呼びかけ", """
海外のオンラインカジノで賭博をしたとして、利用者が摘発されるケースが全国で相次いでいます。警察庁によりますと、昨年1年間に摘発された人数は過去最多となりました。

警察庁は、海外で合法的に運営されているサイトであっても、日本国内から接続して賭博を行うことは犯罪にあたるとしていて、ホームページ（https://www.npa.go.jp/bureau/safetylife/hoan/onlinecasino/onlinecasino.html）で注意を呼びかけています。

摘発された会社員の男性は、SNSの広告をきっかけにhttps://casino-nihon777.com/で遊ぶようになり、借金は数百万円にのぼったということです。

ギャンブル依存症に関する相談は、全国の精神保健福祉センターで受け付けています。詳しくは厚生労働省のサイト（https://www.mhlw.go.jp/）で確認できます。
""", [("https://www.npa.go.jp/bureau/safetylife/hoan/onlinecasino/onlinecasino.html", 0, "gov-citation"),
      ("https://casino-nihon777.com/", 1, "homepage-mid-sentence", "gambling"),
      ("https://www.mhlw.go.jp/", 0, "gov-citation")])

add("ja02", "ja", "https://news.livedoor-local.jp/article/typhoon-10-kyushu",
"台風10号 九州に接近 気象庁が特別警報の可能性に言及", """
非常に強い台風10号は、九州南部に接近しています。気象庁は、鹿児島県に暴風や高潮の特別警報を発表する可能性があるとして、最大級の警戒を呼びかけています。

最新の台風情報や警報は気象庁のホームページ（https://www.jma.go.jp/bosai/）で随時更新されています。

鹿児島市内のホームセンターでは、朝から窓ガラスを補強するテープや非常食を買い求める人の姿が見られました。

自治体は早めの避難を呼びかけていて、避難所の開設状況は各市町村のサイトのほか、防災情報をまとめたbousai.go.jpでも確認できます。

<div style="display:none"><a href="https://bonus-casino-jp.com/">オンラインカジノ 入金不要ボーナス</a> <a href="https://www.city-kominato-jp.org/wp-content/uploads/slot/">スロット 新台</a></div>
""", [("https://www.jma.go.jp/bosai/", 0, "gov-citation"),
      ("bousai.go.jp", 0, "gov-citation"),
      ("https://bonus-casino-jp.com/", 1, "hidden-block", "gambling"),
      ("https://www.city-kominato-jp.org/wp-content/uploads/slot/", 1, "hidden-block-hacked-inst", "gambling")])

add("ja03", "ja", "https://gihyo-news.jp/article/2024/09/python-3-13-release",
"Python 3.13がリリース、フリースレッド版を実験的に提供", """
Pythonの最新版であるPython 3.13が正式にリリースされました。グローバルインタプリタロック（GIL）を無効にしたフリースレッド版が実験的に提供されるほか、対話型シェルが大きく改善されています。

変更点の詳細は公式ドキュメント（https://docs.python.org/ja/3.13/whatsnew/3.13.html）にまとめられています。

開発チームによると、JITコンパイラの初期実装も含まれていますが、既定では無効になっています。ソースコードはhttps://github.com/python/cpythonで公開されています。

Python 3.13がリリース <a href="https://fx-jidoubaibai-pro.com/">FX自動売買 月利30%</a> された一方で、Python 3.8は今月でサポートが終了するため、利用者には早めの移行が推奨されています。

また、Python 3.8は今月でサポートが終了するため、利用者には早めの移行が推奨されています。
""", [("https://docs.python.org/ja/3.13/whatsnew/3.13.html", 0, "tech-docs"),
      ("https://github.com/python/cpython", 0, "tech-docs"),
      ("https://fx-jidoubaibai-pro.com/", 1, "keyword-anchor-spun-dup", "investment-scam")])


# ============================================================================ output
def main():
    problems = 0
    seen_ids = set()
    records = []
    for a in ARTS:
        errs = validate(a)
        if errs:
            problems += 1
            for e in errs:
                print("%s: %s" % (a["key"], e), file=sys.stderr)
        rid = "adv3-" + hashlib.sha1(("adv3/" + a["key"]).encode()).hexdigest()[:12]
        assert rid not in seen_ids
        seen_ids.add(rid)
        labels = []
        for l in a["labels"]:
            d = {"span": l[0], "injected": bool(l[1]), "kind": l[2], "lang": a["lang"]}
            if l[1]:
                d["niche"] = l[3]
            labels.append(d)
        records.append({"id": rid, "url": a["url"], "title": a["title"], "text": a["text"],
                        "labels": labels})
    if problems:
        sys.exit("build_set.py: %d article(s) failed validation" % problems)
    # a scraped stream is not grouped by language: fixed-seed shuffle, reproducible
    random.Random(20241126).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labs = [l for r in records for l in r["labels"]]
    inj = [l for l in labs if l["injected"]]
    noinj = sum(1 for r in records if not any(l["injected"] for l in r["labels"]))
    print("wrote %s: %d articles, %d labels, %d injected (%.0f%%), %d articles without injection"
          % (OUT, len(records), len(labs), len(inj), 100.0 * len(inj) / len(labs), noinj),
          file=sys.stderr)


if __name__ == "__main__":
    main()
