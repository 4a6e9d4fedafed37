# Indonesian articles (written for this evaluation set; all prose original).
from common import I, L, spin, block, A

ARTS = []
add = ARTS.append

# ---------------------------------------------------------------- ID01
t = "Harga Beras Medium di Pantura Naik Lagi Jelang Ramadan"
src = "Di Pasar Johar dan Pasar Bulu, harga beras medium kini berada di kisaran Rp14.000 per kilogram, naik sekitar Rp1.000 dibanding awal bulan lalu."
add(A("id", "https://kabarpantura.id/ekonomi/2025/02/14/harga-beras-medium-di-pantura-naik-lagi", t, [
    spin(t, src, I('spliced-homepage', 'https://rajazeus303.com/')),
    "Kenaikan harga beras kembali dirasakan warga di sejumlah kota di jalur Pantura Jawa Tengah dalam dua pekan terakhir. Pedagang menyebut pasokan dari penggilingan berkurang karena panen raya belum dimulai.",
    src,
    "Badan Pusat Statistik mencatat beras masih menjadi penyumbang utama inflasi kelompok makanan. Data lengkap dapat dilihat di " + L('cited-source', 'https://www.bps.go.id/id/statistics-table/2/NTAwIzI=/rata-rata-harga-beras-bulanan.html') + ".",
    "Badan Pangan Nasional berjanji menggelontorkan beras SPHP ke pasar-pasar tradisional mulai pekan depan. Informasi jadwal operasi pasar diumumkan melalui laman " + L('gov-source', 'https://badanpangan.go.id') + ".",
    "Baca juga: " + L('own-related', 'https://kabarpantura.id/ekonomi/2025/02/11/petani-brebes-mulai-tanam-padi-gadu'),
]))

# ---------------------------------------------------------------- ID02
add(A("id", "https://warta-semarang.id/peristiwa/2025/01/20/banjir-rendam-ribuan-rumah-di-semarang-utara", "Banjir Rendam Ribuan Rumah di Semarang Utara", [
    "Hujan deras yang mengguyur sejak Minggu malam membuat ribuan rumah di Kecamatan Semarang Utara terendam banjir setinggi 30 hingga 80 sentimeter.",
    "Warga di Kelurahan Tanjung Mas mengaku air mulai masuk ke rumah sekitar pukul 02.00 WIB. Sebagian warga memilih <a href=\"" + I('html-anchor', 'https://kilatjp88.com/') + "\">slot gacor</a> mengungsi ke masjid dan balai kelurahan terdekat.",
    "Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat masih berpotensi terjadi hingga tiga hari ke depan. Peringatan dini cuaca dapat dipantau melalui " + L('gov-source', 'https://www.bmkg.go.id/cuaca/peringatan-dini') + " dan akun media sosial resmi BMKG.",
    "Pemerintah Kota Semarang telah mengoperasikan 12 pompa air di sejumlah titik rawan. Warga diminta melapor melalui kanal pengaduan " + L('gov-source', 'https://lapor.semarangkota.go.id') + " jika pompa di lingkungannya tidak berfungsi.",
    "Simak perkembangan banjir Semarang lainnya di " + L('own-site', 'https://warta-semarang.id/tag/banjir-semarang') + ".",
]))

# ---------------------------------------------------------------- ID03
add(A("id", "https://bolanusantara.id/timnas/2025/09/09/timnas-u23-tekuk-vietnam", "Timnas U-23 Tekuk Vietnam, Peluang ke Semifinal Terbuka", [
    "Timnas Indonesia U-23 menang 2-1 atas Vietnam dalam laga kedua fase grup yang berlangsung di Stadion Manahan, Solo, Selasa malam.",
    "Dua gol Garuda Muda dicetak pada babak kedua melalui sundulan bek tengah dan tendangan bebas dari luar kotak penalti. Vietnam sempat menyamakan kedudukan lewat serangan balik cepat pada menit ke-61.",
    "Pelatih kepala mengatakan timnya tampil lebih disiplin dibanding laga pertama. \"Anak-anak menjalankan rencana dengan baik, tapi penyelesaian akhir masih harus diperbaiki,\" ujarnya dalam jumpa pers seusai pertandingan.",
    "Klasemen dan jadwal lengkap turnamen bisa dilihat di laman resmi federasi, " + L('cited-source', 'https://www.pssi.org/news/jadwal-timnas-u23') + ", serta situs konfederasi " + L('cited-source', 'https://www.the-afc.com/en/national/afc_u23_asian_cup.html') + ". Info lengkap prediksi laga berikutnya di " + I('bare-domain', 'jpmaxwin88.site') + " dan pastikan menonton siaran langsungnya.",
    "Pertandingan ini dihadiri ribuan suporter yang memadati tribun sejak sore. Penjualan tiket laga semifinal dibuka melalui mitra resmi " + L('sponsor', 'www.loket.com') + " mulai Kamis pukul 10.00 WIB.",
]))

# ---------------------------------------------------------------- ID04 (clean, reporting on gambling blocking)
add(A("id", "https://www.antaranews.com/berita/4512345/komdigi-putus-akses-12-juta-konten-judi-online", "Komdigi Putus Akses 1,2 Juta Konten Judi Online Sepanjang Tahun", [
    "Kementerian Komunikasi dan Digital (Komdigi) menyatakan telah memutus akses terhadap lebih dari 1,2 juta konten bermuatan perjudian daring sepanjang tahun ini. Sebagian besar konten ditemukan di situs web, media sosial, dan layanan berbagi berkas.",
    "Dalam keterangan tertulis yang diunggah di " + L('gov-source', 'https://www.komdigi.go.id/berita/siaran-pers/detail/komdigi-putus-akses-konten-judi-online') + ", kementerian menyebut para pelaku kerap menumpang di situs milik instansi pemerintah dan kampus yang keamanannya lemah. Halaman sisipan itu biasanya memakai folder bernama slot-gacor atau uploads agar tidak mudah terdeteksi.",
    "Sejumlah situs yang diblokir bulan ini, antara lain " + L('warning-quoted', 'hokijp168.com') + " dan " + L('warning-quoted', 'mantra4d.net') + ", diketahui terus berganti alamat setelah diblokir. Komdigi meminta masyarakat melaporkan temuan serupa melalui " + L('gov-source', 'aduankonten.id') + ".",
    "Direktur Jenderal Pengawasan Ruang Digital mengatakan pemblokiran saja tidak cukup. Menurut dia, kerja sama dengan PPATK dan kepolisian diperlukan untuk menelusuri aliran dana ke rekening penampung.",
    "Ikuti berita terkini lainnya melalui kanal WhatsApp Antara di " + L('own-social', 'https://whatsapp.com/channel/0029VaAntaraNews2024') + ".",
]))

# ---------------------------------------------------------------- ID05 (clean, illegal lending crackdown)
add(A("id", "https://www.cnnindonesia.com/ekonomi/20250214123456-78-1199999/ojk-umumkan-537-entitas-pinjol-ilegal", "OJK Umumkan 537 Entitas Pinjol Ilegal, Masyarakat Diminta Cek Legalitas", [
    "Otoritas Jasa Keuangan (OJK) bersama Satgas Pemberantasan Aktivitas Keuangan Ilegal (PASTI) kembali menemukan 537 entitas pinjaman online ilegal yang beroperasi melalui aplikasi dan situs web.",
    "Daftar penyelenggara yang berizin dipublikasikan di " + L('gov-source', 'https://www.ojk.go.id/id/kanal/iknb/financial-technology/Pages/Penyelenggara-Fintech-Lending-Berizin.aspx') + ". Masyarakat juga dapat memeriksa legalitas penyelenggara melalui portal edukasi " + L('gov-source', 'https://sikapiuangmu.ojk.go.id') + ".",
    "Salah satu modus yang banyak dilaporkan adalah situs yang menjanjikan pencairan dalam lima menit, seperti " + L('warning-quoted', 'danacepat-cair.com') + ", yang ternyata meminta akses ke seluruh kontak di ponsel korban. OJK menegaskan pinjol legal hanya boleh mengakses kamera, mikrofon, dan lokasi.",
    "Pengaduan dapat disampaikan melalui kontak OJK 157, surel " + L('gov-contact', 'konsumen@ojk.go.id') + ", atau WhatsApp resmi di " + L('gov-contact', 'https://wa.me/6281157157157') + ". OJK mengingatkan agar masyarakat tidak menghubungi nomor selain kanal resmi tersebut.",
]))

# ---------------------------------------------------------------- ID06 (clean, police bust)
add(A("id", "https://www.tribunnews.com/regional/2025/03/04/polda-jatim-bongkar-jaringan-judi-online-omzet-rp40-miliar", "Polda Jatim Bongkar Jaringan Judi Online, Omzet Capai Rp40 Miliar", [
    "Direktorat Reserse Siber Polda Jawa Timur membongkar jaringan judi online yang diduga beromzet Rp40 miliar dalam setahun. Lima orang ditetapkan sebagai tersangka, termasuk dua operator yang mengelola server di luar negeri.",
    "Dalam jumpa pers, Kabid Humas Polda Jatim mengatakan para tersangka mengelola situs " + L('warning-quoted', 'naga303win.com') + " serta beberapa situs cermin yang alamatnya berganti setiap pekan. Situs tersebut kini sudah diblokir atas permintaan penyidik.",
    "Polisi menyita 14 ponsel, enam laptop, dan puluhan kartu ATM atas nama orang lain. Rekening-rekening itu diduga dibeli dari warga dengan imbalan Rp500.000 per rekening.",
    "Masyarakat yang mengetahui aktivitas serupa dapat melapor melalui " + L('gov-source', 'https://patrolisiber.id') + " atau kanal pengaduan Humas Polri di " + L('gov-source', 'https://humas.polri.go.id/layanan-pengaduan/') + ".",
    "Para tersangka dijerat Pasal 27 ayat (2) UU ITE dan Pasal 303 KUHP dengan ancaman pidana penjara hingga 10 tahun.",
]))

# ---------------------------------------------------------------- ID07
add(A("id", "https://lenteramaluku.com/2025/01/20/gempa-m-5-8-guncang-seram-bagian-barat/", "Gempa M 5,8 Guncang Seram Bagian Barat, Warga Berhamburan", [
    "Gempa bumi berkekuatan magnitudo 5,8 mengguncang wilayah Seram Bagian Barat, Maluku, Senin pagi. Guncangan dirasakan cukup kuat hingga Kota Ambon.",
    "BMKG menyebut pusat gempa berada di laut pada kedalaman 12 kilometer dan tidak berpotensi tsunami. Rincian parameter gempa tersedia di " + L('gov-source', 'https://www.bmkg.go.id/gempabumi/gempabumi-dirasakan.bmkg') + ".",
    "Warga di Desa Piru berhamburan keluar rumah. Seorang warga mengatakan lemari dan piring di rumahnya berjatuhan. Hingga siang hari, BPBD mencatat sembilan rumah mengalami retak dinding.",
    "Badan Nasional Penanggulangan Bencana mengimbau warga tetap tenang dan memperhatikan informasi resmi. Peta risiko gempa dapat diakses di " + L('gov-source', 'https://inarisk.bnpb.go.id') + ".",
    block('<div style="display:none;">', '</div>', [
        ('https://simpeg.dinkes-bursel.go.id/files/slot-gacor/', 'Slot Gacor'),
        ('https://lppm.univ-nusaraya.ac.id/wp-content/slot-thailand/', 'slot thailand'),
        ('https://kopi-tanahgayo.co.id/', 'situs toto'),
        ('https://e-absen.kecamatan-tuban.go.id/-/slot-pulsa/', 'slot pulsa'),
        ('https://gacor-ambon.pages.dev/', 'slot maxwin'),
    ]),
    "Baca juga: " + L('own-related', 'https://lenteramaluku.com/2025/01/18/bpbd-maluku-gelar-simulasi-evakuasi-tsunami-di-ambon/'),
]))

# ---------------------------------------------------------------- ID08
add(A("id", "https://ekonomi.bisnis.com/read/20250210/12/1839999/umkm-kerajinan-rotan-cirebon-tembus-pasar-eropa", "UMKM Rotan Cirebon Tembus Pasar Eropa", [
    "Pelaku usaha kerajinan rotan di Kabupaten Cirebon mencatat kenaikan pesanan dari Eropa hingga 35 persen sepanjang tahun lalu. Produk yang paling banyak diminati adalah kursi santai dan keranjang anyaman.",
    "Ketua asosiasi perajin rotan setempat mengatakan sebagian besar pembeli kini datang melalui pameran dagang dan platform B2B. Sebagai pemain baru di dunia [slot deposit dana](" + I('markdown-link', 'https://slotdana-resmi.net/') + ") ekspor, banyak perajin muda mulai belajar mengurus sertifikasi legalitas kayu.",
    "Kementerian Koperasi dan UKM menyiapkan program pendampingan ekspor yang pendaftarannya dibuka di " + L('gov-source', 'https://kemenkopukm.go.id/program/pendampingan-ekspor') + ". Bank Indonesia juga mencatat rotan sebagai salah satu komoditas unggulan dalam laporan perekonomian daerah di " + L('gov-source', 'https://www.bi.go.id/id/publikasi/laporan/lpp/default.aspx') + ".",
    "Meski demikian, perajin masih mengeluhkan pasokan bahan baku dari Kalimantan dan Sulawesi yang tidak menentu. Harga rotan setengah jadi naik hampir 20 persen dalam enam bulan.",
]))

# ---------------------------------------------------------------- ID09
add(A("id", "https://www.pikiran-rakyat.com/olahraga/pr-018812345/persib-kalahkan-persija-2-0-di-gbla", "Persib Kalahkan Persija 2-0 di GBLA", [
    "Persib Bandung mengalahkan Persija Jakarta 2-0 dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api, Sabtu malam. Kemenangan ini membawa Maung Bandung kembali ke puncak klasemen.",
    "Gol pertama lahir pada menit ke-23 melalui tendangan kaki kiri dari luar kotak penalti. Gol kedua dicetak pemain pengganti lewat sundulan memanfaatkan sepak pojok.",
    "Laga berlangsung tanpa kehadiran suporter tim tamu sesuai rekomendasi kepolisian. Operator liga menyebut keputusan itu diambil demi keamanan, sebagaimana diumumkan di " + L('cited-source', 'https://ligaindonesiabaru.com/news/view/rekomendasi-keamanan-laga-persib-persija') + ".",
    "Baca juga: " + L('own-related', 'https://www.pikiran-rakyat.com/olahraga/pr-018812001/jadwal-persib-bulan-maret'),
    "Baca juga: Link Alternatif Slot Gacor Hari Ini Gampang Maxwin " + I('related-line', 'https://olympus1000.pro/link-alternatif/'),
]))

# ---------------------------------------------------------------- ID10
add(A("id", "https://surabaya.kompas.com/read/2025/05/20/101500278/pendaftaran-spmb-jatim-2025-dibuka", "Pendaftaran SPMB Jatim 2025 Dibuka, Ini Jadwal dan Syaratnya", [
    "Dinas Pendidikan Jawa Timur membuka pendaftaran Sistem Penerimaan Murid Baru (SPMB) jenjang SMA dan SMK mulai pekan depan. Pendaftaran dilakukan sepenuhnya secara daring.",
    "Calon murid wajib melakukan pengajuan akun terlebih dahulu di " + L('gov-source', 'https://spmb.jatimprov.go.id') + " sebelum memilih jalur domisili, afirmasi, mutasi, atau prestasi.",
    "Kepala dinas mengimbau orang tua tidak mempercayai calo yang menjanjikan kursi di sekolah favorit. Untuk info akun gacor dan bocoran pola hari ini, hubungi admin di " + I('contact-link', 'https://wa.me/6285711223344') + " sekarang juga. Seluruh proses seleksi dilakukan oleh sistem berdasarkan jarak dan nilai.",
    "Panduan lengkap dan jadwal tahap demi tahap dapat diunduh di laman " + L('gov-source', 'https://spmb.kemendikdasmen.go.id/panduan') + ".",
    "Baca juga: " + L('own-related', 'https://surabaya.kompas.com/read/2025/05/18/090000478/daftar-sma-negeri-di-surabaya-dan-daya-tampungnya'),
]))

# ---------------------------------------------------------------- ID11
add(A("id", "https://www.idxchannel.com/market-news/harga-emas-antam-hari-ini-naik-rp12000-per-gram", "Harga Emas Antam Hari Ini Naik Rp12.000 per Gram", [
    "Harga emas batangan produksi PT Aneka Tambang (Antam) naik Rp12.000 menjadi Rp1.688.000 per gram pada perdagangan Rabu pagi. Harga pembelian kembali (buyback) juga naik ke level Rp1.532.000 per gram.",
    "Berdasarkan data di laman resmi " + L('company', 'https://www.logammulia.com/id/harga-emas-hari-ini') + ", emas ukuran 0,5 gram dijual Rp894.000, sedangkan ukuran 100 gram dibanderol Rp162,3 juta.",
    "Analis memperkirakan harga emas masih akan bergerak naik seiring melemahnya dolar AS dan ekspektasi penurunan suku bunga. Mau cuan lebih cepat? Cek bocoran RTP terbaru di " + I('shortener', 'https://bit.ly/rtp-gacor-maxwin') + " sebelum jam 12 siang. Investor disarankan tetap membeli emas secara bertahap.",
    "Pajak penghasilan atas pembelian emas batangan dikenakan sesuai ketentuan PMK Nomor 48 Tahun 2023. Ketentuan itu dapat dibaca di " + L('gov-source', 'https://jdih.kemenkeu.go.id/in/dokumen/peraturan/pmk-48-tahun-2023') + ".",
]))

# ---------------------------------------------------------------- ID12 (title carries the spam, echoed into text)
add(A("id", "https://www.dailytekno.id/2025/04/startup-lokal-rilis-model-bahasa-indonesia-sumber-terbuka/", "Startup Lokal Rilis Model Bahasa Indonesia Sumber Terbuka | SLOT GACOR mpo500gacor.xyz", [
    "Startup Lokal Rilis Model Bahasa Indonesia Sumber Terbuka | SLOT GACOR " + I('title-echo', 'mpo500gacor.xyz'),
    "Sebuah perusahaan rintisan asal Bandung merilis model bahasa berukuran 7 miliar parameter yang dilatih khusus dengan teks berbahasa Indonesia dan bahasa daerah. Model itu dapat diunduh gratis untuk keperluan riset maupun komersial.",
    "Kode pelatihan dan dokumentasinya diunggah ke " + L('github', 'https://github.com/nusalab-ai/nusa-7b') + ", sementara bobot model tersedia di " + L('cited-source', 'https://huggingface.co/nusalab-ai/nusa-7b-instruct') + ". Lisensinya menggunakan Apache 2.0.",
    "Kepala riset perusahaan itu mengatakan data pelatihan mencakup berita, dokumen pemerintah, dan transkrip siaran radio. Ia mengakui model masih sering keliru ketika menjawab pertanyaan dalam bahasa Sunda halus.",
    "Evaluasi model mengacu pada tolok ukur IndoNLU yang makalahnya dapat dibaca di " + L('cited-source', 'https://aclanthology.org/2020.aacl-main.85/') + ".",
]))

# ---------------------------------------------------------------- ID13
add(A("id", "https://www.suara.com/news/2025/01/07/061500/prakiraan-cuaca-jakarta-hari-ini-hujan-ringan-sejak-siang", "Prakiraan Cuaca Jakarta Hari Ini: Hujan Ringan Sejak Siang", [
    "BMKG memprakirakan sebagian besar wilayah Jakarta akan diguyur hujan ringan hingga sedang mulai siang hari. Hujan disertai petir berpotensi terjadi di Jakarta Selatan dan Jakarta Timur pada sore hari.",
    "Suhu udara berkisar antara 24 hingga 32 derajat Celsius dengan kelembapan 70 sampai 95 persen. Prakiraan per kecamatan tersedia di " + L('cited-source-query', 'https://www.bmkg.go.id/cuaca/prakiraan-cuaca?adm1=31') + ".",
    "Warga diminta mewaspadai genangan di sejumlah ruas jalan, terutama di kawasan " + I('www-no-scheme', 'www.kilattoto.org') + " Kemang dan Cawang yang kerap tergenang saat hujan deras.",
    "Informasi ketinggian air di pintu air dan titik genangan dapat dipantau melalui " + L('gov-source', 'https://pantaubanjir.jakarta.go.id') + ".",
]))

# ---------------------------------------------------------------- ID14
add(A("id", "https://www.tempo.co/politik/survei-elektabilitas-pilkada-jateng-bersaing-ketat-1123456", "Survei: Elektabilitas Dua Pasangan Calon di Pilkada Jateng Bersaing Ketat", [
    "Hasil survei terbaru menunjukkan elektabilitas dua pasangan calon gubernur Jawa Tengah terpaut kurang dari tiga poin persentase. Jumlah pemilih yang belum menentukan pilihan masih sekitar 18 persen.",
    "Survei dilakukan terhadap 1.200 responden dengan metode wawancara tatap muka. Peneliti dari pusat studi politik sebuah universitas negeri menyebut hasilnya konsisten dengan temuan lembaga lain. Ringkasan metodologinya dipublikasikan di " + L('cited-source', 'https://fisipol.ugm.ac.id/survei-pilkada-jawa-tengah-2024/') + ".",
    "Menurut peneliti itu, isu lapangan kerja dan harga kebutuhan pokok menjadi pertimbangan utama pemilih. Debat publik <a href=\"" + I('hacked-subpath', 'https://siakad.stiepembangunan.ac.id/assets/img/slot-gacor/') + "\">situs slot gacor</a> yang digelar KPU diperkirakan akan ikut memengaruhi pemilih mengambang.",
    "Jadwal debat dan profil pasangan calon dapat diakses melalui " + L('gov-source', 'https://infopemilu.kpu.go.id/Pemilihan/Dashboard') + ". Bawaslu juga membuka posko aduan pelanggaran kampanye di " + L('gov-source', 'https://jateng.bawaslu.go.id') + ".",
]))

# ---------------------------------------------------------------- ID15
add(A("id", "https://www.detik.com/jateng/berita/d-7812345/puncak-arus-mudik-diprediksi-h-3-lebaran", "Puncak Arus Mudik Diprediksi H-3 Lebaran", [
    "Kementerian Perhubungan memprediksi puncak arus mudik Lebaran tahun ini terjadi pada H-3. Jumlah pemudik diperkirakan mencapai 146 juta orang atau lebih dari separuh penduduk Indonesia.",
    "Survei potensi pergerakan masyarakat yang dirilis di " + L('gov-source', 'https://dephub.go.id/post/read/hasil-survei-potensi-pergerakan-masyarakat-lebaran') + " menunjukkan Jawa Tengah tetap menjadi tujuan utama, disusul Jawa Timur dan Jawa Barat.",
    "PT Kereta Api Indonesia menambah 30 perjalanan kereta tambahan. Tiket dapat dipesan melalui aplikasi Access by KAI atau laman " + L('company', 'https://booking.kai.id') + ". Sementara itu, Jasa Marga menyiapkan skema contraflow dan one way di tol Trans-Jawa.",
    "Pemudik yang menggunakan kendaraan pribadi diminta memeriksa kondisi kendaraan dan beristirahat setiap empat jam. Info rest area terdekat bisa dicek di " + I('redirect-wrapper', 'https://www.google.com/url?q=https://bandartoto4d.vip/&sa=D&source=editors') + " sebelum berangkat.",
    "Polri juga menyiagakan lebih dari 2.000 pos pengamanan. Informasi lalu lintas terkini disiarkan melalui akun " + L('gov-social', 'https://x.com/NTMCLantasPolri') + ".",
]))

# ---------------------------------------------------------------- ID16 (image alt + caption)
add(A("id", "https://www.balipost.com/news/2025/06/14/401234/Ribuan-Penari-Kecak-Pecahkan-Rekor.html", "Ribuan Penari Kecak Pecahkan Rekor di Uluwatu", [
    "![Penari kecak di Uluwatu - slot gacor " + I('image-alt', 'naga169.win') + "](" + L('image-cdn', 'https://cdn.balipost.com/uploads/2025/06/kecak-uluwatu.jpg') + ")",
    "Penari kecak memadati tebing Uluwatu. (Foto: Dok. Panitia/ " + I('image-caption', 'situsjepe77.com') + ")",
    "Sebanyak 5.000 penari kecak tampil bersamaan di kawasan Uluwatu, Badung, Sabtu sore, dan tercatat sebagai pertunjukan kecak dengan penari terbanyak oleh Museum Rekor Indonesia.",
    "Pertunjukan itu menjadi bagian dari festival budaya tahunan yang digelar pemerintah kabupaten bersama desa adat. Panitia menyebut sebagian besar penari merupakan pelajar SMP dan SMA.",
    "Kementerian Pariwisata menargetkan festival tersebut masuk kalender acara nasional. Agenda wisata Bali lainnya dapat dilihat di " + L('gov-source', 'https://www.indonesia.travel/id/id/event') + ".",
]))

# ---------------------------------------------------------------- ID17 (BBCode)
add(A("id", "https://www.republika.co.id/berita/s9xk12345/bpjs-kesehatan-ingatkan-peserta-aktifkan-kembali-kepesertaan", "BPJS Kesehatan Ingatkan Peserta Aktifkan Kembali Kepesertaan", [
    "BPJS Kesehatan mengingatkan peserta mandiri yang menunggak iuran untuk segera melunasi tunggakan agar kepesertaannya aktif kembali. Peserta yang tidak aktif tidak dapat menggunakan layanan di fasilitas kesehatan.",
    "Pengecekan status kepesertaan dapat dilakukan melalui aplikasi Mobile JKN atau laman " + L('gov-source', 'https://www.bpjs-kesehatan.go.id') + ". Peserta juga dapat menghubungi Care Center 165.",
    "Program cicilan tunggakan atau REHAB masih dibuka hingga akhir tahun. [url=" + I('bbcode', 'https://zeusbet77.live/') + "]slot zeus gacor[/url] Melalui program ini, peserta bisa mencicil tunggakan hingga 12 bulan.",
    "Kementerian Kesehatan menyebut cakupan kepesertaan JKN telah mencapai 98 persen penduduk. Data itu tercantum dalam profil kesehatan yang dapat diunduh di " + L('gov-source', 'https://www.kemkes.go.id/id/profil-kesehatan-indonesia-2023') + ".",
]))

# ---------------------------------------------------------------- ID18 (spaced "dot")
add(A("id", "https://www.cnbcindonesia.com/news/20250301070000-4-614567/harga-pertamax-turun-mulai-1-maret-pertalite-tetap", "Harga Pertamax Turun Mulai 1 Maret, Pertalite Tetap", [
    "PT Pertamina (Persero) menurunkan harga bensin Pertamax menjadi Rp12.500 per liter mulai 1 Maret. Harga Pertalite dan Solar subsidi tidak berubah.",
    "Daftar harga BBM di setiap provinsi dapat dilihat di " + L('company', 'https://mypertamina.id/fuels-harga') + ". Penyesuaian harga dilakukan mengikuti pergerakan harga minyak dunia dan kurs rupiah.",
    "Pengamat energi menilai penurunan harga akan sedikit menekan inflasi. Namun, ia mengingatkan kuota Pertalite tahun ini lebih kecil dibanding tahun lalu. Main sekarang di " + I('obfuscated-dot', 'gacor88 dot vip') + " dijamin JP paripurna tiap hari.",
    "Kementerian ESDM memastikan stok BBM nasional aman untuk 21 hari ke depan. Keterangan resmi disampaikan melalui " + L('gov-source', 'https://www.esdm.go.id/id/media-center/siaran-pers') + ".",
]))

# ---------------------------------------------------------------- ID19 (clean, long own paths + social)
add(A("id", "https://katadata.co.id/berita/makro/67c8a1b2c3d4e/bps-inflasi-februari-2025-capai-04-persen", "BPS: Inflasi Februari 2025 Capai 0,4 Persen secara Bulanan", [
    "Badan Pusat Statistik (BPS) mencatat inflasi bulanan Februari 2025 sebesar 0,4 persen, didorong kenaikan harga cabai merah, bawang merah, dan emas perhiasan.",
    "Rilis resmi dapat diunduh di " + L('gov-source', 'https://www.bps.go.id/id/pressrelease/2025/03/03/2401/inflasi-year-on-year--y-on-y--februari-2025-sebesar-0-4-persen.html') + ". Secara tahunan, inflasi tercatat 2,1 persen.",
    "Bank Indonesia menyatakan inflasi masih berada dalam rentang sasaran 2,5 plus minus 1 persen. Pernyataan itu disampaikan dalam siaran pers di " + L('gov-source', 'https://www.bi.go.id/id/publikasi/ruang-media/news-release/Pages/sp_2701225.aspx') + ".",
    "Ekonom memperkirakan tekanan harga pangan akan meningkat menjelang Ramadan. Grafik perkembangan inflasi lima tahun terakhir dapat dilihat di " + L('own-site-long-path', 'https://katadata.co.id/databoks/ekonomi-makro/statistik/67c8a0f1d2e3b/inflasi-indonesia-februari-2025?utm_source=artikel&utm_medium=internal') + ".",
    "Ikuti Katadata di " + L('own-social', 'https://www.instagram.com/katadatacoid/') + " dan " + L('own-social', 'https://x.com/KATADATAcoid') + ".",
]))

# ---------------------------------------------------------------- ID20 (opacity:0 block, innocuous hijacked hosts)
add(A("id", "https://kaltim.tribunnews.com/2025/02/12/progres-pembangunan-istana-wapres-di-ikn-capai-80-persen", "Progres Pembangunan Istana Wakil Presiden di IKN Capai 80 Persen", [
    "Otorita Ibu Kota Nusantara melaporkan progres pembangunan Istana Wakil Presiden telah mencapai 80 persen. Pekerjaan yang tersisa meliputi penataan lanskap dan interior.",
    "Kepala Otorita IKN mengatakan pembangunan kawasan perkantoran kementerian koordinator ditargetkan rampung tahun depan. Informasi proyek diperbarui secara berkala di " + L('gov-source', 'https://www.ikn.go.id/berita') + ".",
    "Sejumlah pekerja mengeluhkan akses air bersih di kawasan hunian pekerja konstruksi. Otorita berjanji menambah instalasi pengolahan air dalam dua bulan.",
    block('<p style="opacity:0;height:1px;overflow:hidden">', '</p>', [
        ('https://mahjongscatter.id/', 'mahjong ways 2'),
        ('https://rumahbatik-sogan.com/', 'slot gacor'),
        ('https://sim.pn-tenggarong.go.id/slot88/', 'slot88'),
        ('https://www.sanggarbelajar-ceria.sch.id/toto/', 'situs toto'),
    ], sep=' ', tmpl='<a href="{u}">{a}</a> '),
    "Baca juga: " + L('own-related', 'https://kaltim.tribunnews.com/2025/02/10/jalan-tol-ikn-seksi-5-mulai-uji-coba'),
]))

# ---------------------------------------------------------------- ID21 (loan spam spliced; outlet-name domain)
add(A("id", "https://bali.antaranews.com/berita/345678/kunjungan-wisman-ke-bali-naik-12-persen-pada-januari", "Kunjungan Wisman ke Bali Naik 12 Persen pada Januari", [
    "Jumlah kunjungan wisatawan mancanegara ke Bali pada Januari mencapai 480.000 orang, naik 12 persen dibanding periode yang sama tahun lalu. Australia, India, dan Tiongkok menjadi tiga negara asal wisatawan terbanyak.",
    "Data tersebut dirilis BPS Provinsi Bali melalui " + L('gov-source', 'https://bali.bps.go.id/id/pressrelease/2025/03/03/717/perkembangan-pariwisata-provinsi-bali-januari-2025.html') + ". Tingkat penghunian kamar hotel berbintang rata-rata 61 persen.",
    "Pelaku usaha hotel di kawasan Nusa Dua mengatakan pemesanan untuk " + I('spliced-url', 'https://danakilat24.id/') + " musim libur Paskah sudah mulai meningkat sejak pertengahan Februari, seperti juga dilaporkan " + L('outlet-name-domain', 'Kompas.com') + " pekan lalu.",
    "Pemerintah Provinsi Bali mulai memungut pungutan wisatawan asing sebesar Rp150.000 per orang. Pembayaran dapat dilakukan melalui " + L('gov-source', 'https://lovebali.baliprov.go.id') + " sebelum kedatangan.",
]))

# ---------------------------------------------------------------- ID22 (markdown link, sponsor URL)
add(A("id", "https://www.bolasport.com/read/313987654/hasil-all-england-2025-ganda-putra-indonesia-melaju-ke-final", "Hasil All England 2025: Ganda Putra Indonesia Melaju ke Final", [
    "Pasangan ganda putra Indonesia melaju ke final All England 2025 setelah menang rubber game atas wakil Malaysia dengan skor 21-18, 19-21, 21-17 di Birmingham, Sabtu waktu setempat.",
    "Pada gim ketiga, pasangan Indonesia sempat tertinggal 11-14 sebelum merebut enam poin beruntun. \"Kami hanya fokus satu poin demi satu poin,\" kata salah satu pemain kepada wartawan.",
    "Hasil pertandingan dan jadwal final dapat dilihat di laman resmi " + L('cited-source', 'https://bwfworldtour.bwfbadminton.com/tournament/5220/yonex-all-england-open-badminton-championships-2025/results/') + ". PBSI juga membagikan jadwal siaran melalui " + L('cited-social', 'https://www.instagram.com/badminton.ina/') + ".",
    "Pantau juga [RTP live slot hari ini](" + I('markdown-link', 'https://rtpliveharini.store/') + ") agar tidak ketinggalan pola gacor terbaru.",
    "Di final, mereka akan menghadapi pasangan unggulan pertama asal Korea Selatan yang belum kehilangan gim sepanjang turnamen.",
]))

# ---------------------------------------------------------------- ID23 (Telegram)
add(A("id", "https://www.kompas.com/motogp/read/2025/10/05/160512345/hasil-motogp-mandalika-2025", "Hasil MotoGP Mandalika 2025: Duel Sengit hingga Lap Terakhir", [
    "Balapan MotoGP Indonesia di Sirkuit Mandalika berlangsung sengit hingga lap terakhir. Pebalap tim pabrikan Italia memenangi balapan dengan selisih 0,2 detik.",
    "Cuaca panas membuat suhu lintasan mencapai 60 derajat Celsius dan banyak pebalap mengeluhkan ban depan. Hasil lengkap sesi balapan tersedia di " + L('cited-source', 'https://www.motogp.com/en/gp-results/2025/ina/motogp/rac/classification') + ".",
    "Penonton yang hadir tercatat lebih dari 120.000 orang selama tiga hari. Penyelenggara menyebut angka itu naik dibanding tahun lalu, seperti diumumkan di " + L('cited-source', 'https://www.themandalikagp.com/news') + ". Gabung grup prediksi & bocoran slot gacor di " + I('contact-link', 'https://t.me/gacorjitu_official') + " gratis.",
    "Klasemen sementara kini dipimpin pebalap Spanyol dengan keunggulan 41 poin atas rival terdekatnya.",
]))

# ---------------------------------------------------------------- ID24 (font-size:0 span appended to a paragraph)
add(A("id", "https://www.liputan6.com/health/read/5912345/angka-stunting-nasional-turun-jadi-198-persen", "Angka Stunting Nasional Turun Jadi 19,8 Persen", [
    "Kementerian Kesehatan mengumumkan prevalensi stunting nasional turun menjadi 19,8 persen berdasarkan Survei Status Gizi Indonesia terbaru. Angka itu turun 1,7 poin dibanding survei sebelumnya.",
    "Hasil survei lengkap dapat diunduh di " + L('gov-source', 'https://www.badankebijakan.kemkes.go.id/hasil-ssgi-2024/') + ". Provinsi dengan prevalensi tertinggi masih berada di kawasan timur Indonesia.",
    "Organisasi Kesehatan Dunia menilai penurunan tersebut cukup signifikan, meski masih di atas target 14 persen. Rekomendasi WHO soal gizi anak tersedia di " + L('cited-source', 'https://www.who.int/news-room/fact-sheets/detail/malnutrition') + ". UNICEF Indonesia juga merilis panduan makanan pendamping ASI di " + L('cited-source', 'https://www.unicef.org/indonesia/id/gizi') + ".",
    "Kemenkes akan memperluas program pemberian makanan tambahan berbahan pangan lokal di 100 kabupaten prioritas." + block('<span style="font-size:0px">', '</span>', [
        ('https://bandarkilat.online/', 'bandar togel'),
        ('https://akunpro-thailand.xyz/', 'akun pro thailand'),
    ], sep='', tmpl='<a href="{u}">{a}</a>'),
]))

# ---------------------------------------------------------------- ID25 (zero-width obfuscation)
add(A("id", "https://www.mongabay.co.id/2025/04/22/sampah-plastik-masih-penuhi-sungai-citarum/", "Sampah Plastik Masih Penuhi Sungai Citarum", [
    "Relawan lingkungan mengumpulkan lebih dari tiga ton sampah plastik dari aliran Sungai Citarum di Kabupaten Bandung dalam kegiatan bersih sungai akhir pekan lalu.",
    "Sebagian besar sampah berupa kemasan sachet dan kantong plastik sekali pakai. Koordinator relawan mengatakan produsen semestinya ikut bertanggung jawab menarik kembali kemasan mereka.",
    "Kementerian Lingkungan Hidup mencatat timbulan sampah nasional mencapai 56 juta ton per tahun. Data per kabupaten tersedia di Sistem Informasi Pengelolaan Sampah Nasional, " + L('gov-source', 'https://sipsn.menlhk.go.id/sipsn/') + ". Daftar sekarang di " + I('obfuscated-zwsp', 'situs\u200bjp88\u200b.com') + " bonus new member 100%.",
    "Laporan audit merek sampah plastik yang disusun koalisi organisasi lingkungan dapat dibaca di " + L('cited-source', 'https://www.breakfreefromplastic.org/brand-audit-report-2024/') + ".",
]))

# ---------------------------------------------------------------- ID26 (seed-like spun paragraph + title echo)
t = "Pembangunan MRT Fase 2A Ditargetkan Rampung 2029"
src = "PT MRT Jakarta menyatakan pekerjaan terowongan di segmen Harmoni hingga Mangga Besar telah mencapai 45 persen dan ditargetkan selesai tahun depan."
add(A("id", "https://www.jakartaraya.id/transportasi/2025/03/12/pembangunan-mrt-fase-2a-ditargetkan-rampung-2029", t, [
    spin(t, src, I('spliced-homepage', 'https://pgsoft-gacor.online/'), after=4),
    "Pembangunan jalur MRT Jakarta fase 2A dari Bundaran HI menuju Kota ditargetkan rampung pada 2029. Proyek sepanjang 5,8 kilometer itu akan memiliki tujuh stasiun bawah tanah.",
    src,
    "Penumpang diminta memperhatikan rekayasa lalu lintas di sekitar Jalan Gajah Mada dan Hayam Wuruk. Informasi pengalihan jalur tersedia di " + L('company', 'https://jakartamrt.co.id/id/info-terkini') + ".",
    t,
    "Pendanaan proyek berasal dari pinjaman lunak Japan International Cooperation Agency (JICA). Ringkasan proyek dari pihak pemberi pinjaman dapat dibaca di " + L('cited-source', 'https://www.jica.go.jp/english/news/press/2019/20190711_10.html') + ".",
]))

# ---------------------------------------------------------------- ID27 (HTML "Baca Juga" — one spam, one legit)
add(A("id", "https://news.okezone.com/read/2025/04/28/337/3123456/kemenag-pelunasan-biaya-haji-tahap-ii-dibuka-hingga-14-mei", "Kemenag: Pelunasan Biaya Haji Tahap II Dibuka Hingga 14 Mei", [
    "Kementerian Agama membuka pelunasan Biaya Perjalanan Ibadah Haji (Bipih) tahap kedua bagi jemaah reguler hingga 14 Mei. Tahap ini diperuntukkan bagi jemaah yang belum melunasi pada tahap pertama.",
    "Daftar nama jemaah yang berhak melunasi dapat dicek di " + L('gov-source', 'https://haji.kemenag.go.id/v5/?search=pelunasan') + " atau melalui aplikasi Pusaka. Kemenag mengingatkan pelunasan hanya dilakukan melalui bank penerima setoran.",
    "Tahun ini kuota haji Indonesia mencapai 221.000 orang. Direktur Jenderal Penyelenggaraan Haji dan Umrah mengatakan layanan jemaah lansia menjadi prioritas.",
    "<strong>Baca Juga:</strong> <a href=\"" + I('related-line', 'https://maxwin-hariini.store/') + "\">Bocoran Pola Mahjong Ways 2 Paling Gacor Malam Ini</a>",
    "<strong>Baca Juga:</strong> <a href=\"" + L('own-related', 'https://news.okezone.com/read/2025/04/26/337/3122987/jadwal-keberangkatan-kloter-pertama-haji-2025') + "\">Jadwal Keberangkatan Kloter Pertama Haji 2025</a>",
]))

# ---------------------------------------------------------------- ID28 (retailers legit; pages.dev + AMP-cache spam)
add(A("id", "https://kumparan.com/kumparanbisnis/harbolnas-12-12-transaksi-belanja-daring-diproyeksi-tembus-rp30-triliun-24abcDEF123", "Harbolnas 12.12, Transaksi Belanja Daring Diproyeksi Tembus Rp30 Triliun", [
    "Asosiasi E-commerce Indonesia memproyeksikan transaksi Hari Belanja Online Nasional (Harbolnas) 12.12 tahun ini menembus Rp30 triliun, naik dari Rp25,7 triliun tahun lalu.",
    "Sejumlah platform menawarkan potongan harga dan gratis ongkir. Kampanye promosi dapat dilihat di " + L('retailer', 'https://www.tokopedia.com/discovery/harbolnas') + ", " + L('retailer', 'https://shopee.co.id/m/12-12') + ", dan " + L('retailer', 'https://www.blibli.com/promosi/harbolnas') + ".",
    "Produk lokal mendapat porsi khusus dalam program tahun ini. Kementerian Perdagangan menargetkan 50 persen transaksi berasal dari produk dalam negeri, seperti tertuang dalam siaran pers di " + L('gov-source', 'https://www.kemendag.go.id/berita/siaran-pers/harbolnas-2025') + ".",
    "Konsumen diminta waspada terhadap ongkos kirim tersembunyi. Klaim bonus new member di " + I('spliced-url', 'https://slot-gacor-hari-ini.pages.dev/') + " atau versi ringannya di " + I('amp-cache', 'https://bandarjp-click.cdn.ampproject.org/c/s/bandarjp.click/amp/') + " sekarang juga.",
]))

# ---------------------------------------------------------------- ID29 (crypto referral spliced)
add(A("id", "https://market.bisnis.com/read/20250305/7/1845678/ihsg-ditutup-menguat-12-persen-saham-bank-jadi-penopang", "IHSG Ditutup Menguat 1,2 Persen, Saham Bank Jadi Penopang", [
    "Indeks Harga Saham Gabungan (IHSG) ditutup menguat 1,2 persen ke level 6.780 pada perdagangan Rabu. Saham-saham perbankan besar menjadi penopang utama kenaikan indeks.",
    "Investor asing mencatat pembelian bersih Rp1,1 triliun di seluruh pasar. Data perdagangan harian dapat dilihat di " + L('cited-source', 'https://www.idx.co.id/id/data-pasar/ringkasan-perdagangan/ringkasan-saham/') + ".",
    "Analis menilai penguatan didorong ekspektasi " + I('spliced-url', 'https://usdt-mining-pro.com/?ref=88123') + " penurunan suku bunga acuan dan rilis laporan keuangan kuartal IV yang lebih baik dari perkiraan.",
    "OJK mengingatkan investor ritel untuk hanya bertransaksi melalui perusahaan efek berizin. Daftar perusahaan efek dapat dicek di " + L('gov-source', 'https://www.ojk.go.id/id/kanal/pasar-modal/data-dan-statistik/direktori/perusahaan-efek/Default.aspx') + ".",
]))

# ---------------------------------------------------------------- ID30 (hijacked gov path in a "Sumber" line)
add(A("id", "https://www.kabargayo.id/ekonomi/2025/05/harga-kopi-arabika-gayo-tembus-rp120-ribu", "Harga Kopi Arabika Gayo Tembus Rp120 Ribu per Kilogram", [
    "Harga biji kopi arabika Gayo di tingkat pengepul di Aceh Tengah menembus Rp120.000 per kilogram untuk kualitas green bean. Harga ini tertinggi dalam lima tahun terakhir.",
    "Petani di Kecamatan Bies mengatakan kenaikan harga belum sepenuhnya dinikmati karena produksi turun akibat curah hujan tinggi. Banyak bunga kopi rontok sebelum menjadi buah.",
    "Kementerian Pertanian mencatat luas areal kopi arabika di dataran tinggi Gayo sekitar 100.000 hektare. Statistik perkebunan dapat diakses di " + L('gov-source', 'https://ditjenbun.pertanian.go.id/template/uploads/2023/01/Statistik-Kopi-2021-2023.pdf') + ".",
    "Sumber: Dinas Pertanian Aceh Tengah, " + I('hacked-subpath', 'https://distan.acehtengahkab.go.id/public/uploads/slot-thailand/') + ", wawancara.",
    "Koperasi petani berencana membangun gudang penyimpanan bersama agar petani bisa menahan penjualan saat harga turun.",
]))

# ---------------------------------------------------------------- ID31 (comment spam)
add(A("id", "https://riaukini.id/lingkungan/2025/08/09/titik-panas-di-riau-melonjak-status-siaga-diperpanjang/", "Titik Panas di Riau Melonjak, Status Siaga Darurat Diperpanjang", [
    "Jumlah titik panas di Provinsi Riau melonjak menjadi 214 titik dalam sepekan terakhir. Pemerintah provinsi memperpanjang status siaga darurat kebakaran hutan dan lahan hingga akhir September.",
    "Sebaran titik panas dapat dipantau melalui " + L('gov-source', 'https://sipongi.menlhk.go.id/hotspot/matahotspot') + ". Kabupaten Pelalawan dan Indragiri Hilir menjadi daerah dengan titik panas terbanyak.",
    "BNPB mengerahkan dua helikopter water bombing dan melakukan operasi modifikasi cuaca. Kualitas udara di Pekanbaru sempat masuk kategori tidak sehat pada Jumat pagi, menurut data " + L('cited-source', 'https://www.iqair.com/id/indonesia/riau/pekanbaru') + ".",
    "Komentar: Artikelnya sangat bermanfaat, terima kasih min! Jangan lupa mampir ke " + I('comment-spam', 'https://kilat4d-resmi.site/') + " ya, lagi banyak bonus.",
    "Ikuti berita lingkungan lainnya di " + L('own-site', 'https://riaukini.id/kanal/lingkungan') + ".",
]))

# ---------------------------------------------------------------- ID32 (clean: health, journal with parentheses in URL)
add(A("id", "https://health.detik.com/berita-detikhealth/d-7798765/vaksin-dbd-mulai-diberikan-gratis-di-tiga-provinsi", "Vaksin DBD Mulai Diberikan Gratis di Tiga Provinsi", [
    "Kementerian Kesehatan mulai memberikan vaksin demam berdarah dengue (DBD) secara gratis bagi anak usia 6 hingga 16 tahun di tiga provinsi dengan kasus tertinggi.",
    "Program ini merupakan tahap awal sebelum vaksin DBD masuk imunisasi rutin. Informasi sasaran dan lokasi vaksinasi dapat dilihat di " + L('gov-source', 'https://ayosehat.kemkes.go.id/vaksin-dbd') + ".",
    "Produsen vaksin menyatakan efikasi terhadap kasus rawat inap mencapai 84 persen dalam uji klinis. Ringkasan uji klinis tersebut dipublikasikan di " + L('cited-source', 'https://www.thelancet.com/journals/langlo/article/PIIS2214-109X(24)00099-2/fulltext') + ". Perusahaan juga merilis pernyataan di " + L('company', 'https://www.takeda.com/id-id/newsroom/') + ".",
    "WHO merekomendasikan vaksin ini untuk wilayah dengan beban penyakit tinggi, sebagaimana tertuang dalam dokumen posisi di " + L('cited-source', 'https://www.who.int/publications/i/item/who-wer9918') + ".",
    "Kemenkes juga mengingatkan gerakan 3M Plus tetap penting. Info kesehatan lainnya dapat diikuti melalui akun " + L('gov-social', 'https://www.instagram.com/kemenkes_ri/') + ".",
]))

# ---------------------------------------------------------------- ID33
add(A("id", "https://www.otodrive.id/berita/2025/02/penjualan-mobil-listrik-januari-2025-naik-dua-kali-lipat", "Penjualan Mobil Listrik Januari 2025 Naik Dua Kali Lipat", [
    "Penjualan mobil listrik berbasis baterai di Indonesia pada Januari 2025 mencapai 5.100 unit secara wholesales, naik dua kali lipat dibanding bulan yang sama tahun lalu.",
    "Data Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) yang dipublikasikan di " + L('cited-source', 'https://www.gaikindo.or.id/indonesian-automobile-industry-data/') + " menunjukkan merek asal Tiongkok menguasai lebih dari separuh pasar.",
    "Insentif PPN ditanggung pemerintah menjadi pendorong utama. Konsumen kini dapat membeli <a href=\"" + I('html-anchor', 'https://togelkilat.net/') + "\">togel online</a> mobil listrik dengan harga yang lebih terjangkau, terutama di segmen di bawah Rp300 juta.",
    "Salah satu produsen Korea Selatan juga mengumumkan perakitan lokal model terbarunya, seperti disampaikan dalam rilis di " + L('company', 'https://www.hyundai.com/id/id/tentang-kami/berita') + ".",
]))

# ---------------------------------------------------------------- ID34 (all-caps promo)
add(A("id", "https://www.goal.com/id/berita/hasil-liga-champions-real-madrid-singkirkan-manchester-city/blt1234abcd5678ef", "Hasil Liga Champions: Real Madrid Singkirkan Manchester City", [
    "Real Madrid memastikan tiket ke perempat final Liga Champions setelah menang agregat 4-3 atas Manchester City. Gol penentu dicetak pada menit ke-88 di Santiago Bernabeu.",
    "Manchester City sempat unggul lebih dulu melalui penalti, tetapi tuan rumah membalas dua gol dalam sepuluh menit terakhir. Statistik pertandingan lengkap tersedia di " + L('cited-source', 'https://www.uefa.com/uefachampionsleague/match/2042116--real-madrid-vs-man-city/') + ".",
    "Pelatih City mengakui timnya kehilangan konsentrasi pada menit-menit akhir. DAFTAR SEKARANG DI " + I('obfuscated-case', 'BOLA88JITU.COM') + " PASTI JP!! \"Kami bermain bagus selama 80 menit, tetapi di level ini itu tidak cukup,\" katanya.",
    "Undian perempat final akan digelar Jumat di Nyon, Swiss. Jadwal undian dapat dipantau di akun resmi " + L('cited-social', 'https://x.com/ChampionsLeague') + ".",
]))

# ---------------------------------------------------------------- ID35 (legit s.id shortener; essay-mill bare domain)
add(A("id", "https://edukasi.sindonews.com/read/1512345/211/beasiswa-lpdp-2025-tahap-1-dibuka-1736912345", "Beasiswa LPDP 2025 Tahap 1 Dibuka, Cek Syarat dan Jadwalnya", [
    "Lembaga Pengelola Dana Pendidikan (LPDP) membuka pendaftaran beasiswa tahap pertama tahun 2025 mulai 15 Januari. Beasiswa tersedia untuk jenjang magister dan doktor di dalam maupun luar negeri.",
    "Pendaftaran dilakukan melalui " + L('gov-source', 'https://beasiswalpdp.kemenkeu.go.id') + ". Buku panduan lengkap dapat diunduh melalui tautan " + L('legit-shortener', 'https://s.id/PanduanLPDP2025') + " yang dibagikan akun resmi LPDP.",
    "Tahun ini LPDP menambah kuota beasiswa untuk bidang sains, teknologi, teknik, dan matematika. Pelamar juga diwajibkan melampirkan esai kontribusi. Butuh esai beasiswa yang pasti lolos? Pesan di " + I('bare-domain', 'jokiesai-pro.com') + " dengan harga pelajar. Esai tersebut dinilai dari kejelasan rencana studi dan rencana kontribusi setelah lulus.",
    "Pertanyaan seputar pendaftaran dapat diajukan melalui " + L('gov-contact', 'cs.lpdp@kemenkeu.go.id') + " atau akun " + L('gov-social', 'https://www.instagram.com/lpdp_ri/') + ".",
]))

# ---------------------------------------------------------------- ID36 (clean: scam warning quoting the scam domain)
add(A("id", "https://www.cnnindonesia.com/teknologi/20250122100000-185-1190000/waspada-modus-undangan-pernikahan-berformat-apk", "Waspada Modus Undangan Pernikahan Berformat APK di WhatsApp", [
    "Badan Siber dan Sandi Negara (BSSN) kembali mengingatkan masyarakat tentang modus penipuan berupa undangan pernikahan digital berformat APK yang dikirim melalui WhatsApp.",
    "Pelaku biasanya mengirim berkas berekstensi APK atau tautan seperti " + L('warning-quoted', 'undangan-digital-kita.com') + ". Begitu aplikasi dipasang, pelaku dapat membaca SMS termasuk kode OTP perbankan.",
    "BSSN menyarankan masyarakat tidak memasang aplikasi dari luar toko resmi. Panduan keamanan dapat dibaca di " + L('gov-source', 'https://www.bssn.go.id/tips-aman-bertransaksi-digital/') + ".",
    "Korban dapat melaporkan nomor rekening pelaku melalui " + L('gov-source', 'https://cekrekening.id') + " yang dikelola Kementerian Komunikasi dan Digital, serta membuat laporan polisi secara daring melalui " + L('gov-source', 'https://patrolisiber.id/laporan') + ".",
    "Salah satu korban di Bekasi kehilangan Rp35 juta setelah membuka tautan yang dikirim nomor tak dikenal. \"Saya kira itu undangan dari teman kantor,\" kata korban.",
]))

# ---------------------------------------------------------------- ID37 (plain-text "Baca juga" spam line)
add(A("id", "https://www.jurnalpesisir.id/2025/07/nelayan-indramayu-keluhkan-sulitnya-mendapat-solar-subsidi/", "Nelayan Indramayu Keluhkan Sulitnya Mendapat Solar Subsidi", [
    "Ratusan nelayan di Kabupaten Indramayu mengeluhkan sulitnya mendapatkan solar bersubsidi dalam dua pekan terakhir. Sebagian nelayan terpaksa tidak melaut karena tidak kebagian bahan bakar.",
    "Ketua kelompok nelayan di Desa Eretan mengatakan kuota di stasiun pengisian khusus nelayan habis sebelum siang. Ia meminta pemerintah menambah kuota dan memperpanjang jam layanan.",
    "Kementerian Kelautan dan Perikanan menyatakan tengah mendata ulang kebutuhan solar nelayan melalui aplikasi. Keterangan resmi dimuat di " + L('gov-source', 'https://kkp.go.id/news/news-detail/kkp-pastikan-nelayan-kecil-dapat-solar-subsidi.html') + ".",
    "Baca juga: Situs Togel Terpercaya dengan Pasaran Terlengkap " + I('related-line', 'https://bandartogel-resmi.org/'),
    "Baca juga: " + L('own-related', 'https://www.jurnalpesisir.id/2025/07/harga-ikan-di-tpi-karangsong-turun/'),
]))

# ---------------------------------------------------------------- ID38 (spun paragraph + hidden <ul>)
t = "Longsor Timbun Empat Rumah di Pandanarum Banjarnegara"
src = "Tim SAR gabungan mengevakuasi dua warga yang sempat terjebak di dalam rumah dan membawa mereka ke puskesmas terdekat untuk mendapatkan perawatan."
add(A("id", "https://www.banjarnegaraku.id/2025/12/03/longsor-timbun-empat-rumah-di-pandanarum/", t, [
    "Tanah longsor menimbun empat rumah di Kecamatan Pandanarum, Banjarnegara, setelah hujan deras mengguyur sejak sore hari. Tidak ada korban jiwa dalam peristiwa tersebut.",
    spin(t, src, I('spliced-homepage', 'https://rajaslot-banjar.com/'), after=3),
    src,
    "BPBD Banjarnegara mencatat 34 warga mengungsi ke rumah kerabat. Kajian risiko bencana daerah dapat dilihat di " + L('gov-source', 'https://bpbd.banjarnegarakab.go.id/kajian-risiko-bencana/') + ".",
    block('<ul style="display:none">', '</ul>', [
        ('https://sipd.desa-wanadri.id/slot-gacor/', 'slot gacor'),
        ('https://gacor-banjar88.com/', 'gacor banjar'),
    ], sep='', tmpl='<li><a href="{u}">{a}</a></li>'),
]))

# ---------------------------------------------------------------- ID39 (markdown image-link promo)
add(A("id", "https://www.merdeka.com/politik/debat-kedua-pilwalkot-medan-bahas-banjir-dan-transportasi-123456-mvk.html", "Debat Kedua Pilwalkot Medan Bahas Banjir dan Transportasi", [
    "Debat kedua pemilihan wali kota Medan membahas penanganan banjir dan transportasi publik. Ketiga pasangan calon saling mengkritik program yang dinilai tidak realistis.",
    "[![slot gacor maxwin](" + I('markdown-image', 'https://i.imgbox-cdn.net/xY7kP/daftar-gacor.gif') + ")](" + I('markdown-link', 'https://gacorjp.link/daftar') + ")",
    "Pasangan nomor urut dua menjanjikan normalisasi sungai Deli dan Babura dalam dua tahun. Sementara pasangan nomor urut satu menawarkan perluasan layanan bus rapid transit.",
    "KPU Kota Medan menyiarkan ulang debat melalui kanal YouTube resmi dan laman " + L('gov-source', 'https://kota-medan.kpu.go.id/berita/debat-publik-kedua') + ". Rekaman lengkap juga tersedia di " + L('cited-source', 'https://www.youtube.com/watch?v=Qx9mP2LkT4w') + ".",
]))

# ---------------------------------------------------------------- ID40 (pharma bare domain inside a warning paragraph)
add(A("id", "https://www.kabarsehat.id/mental/2025/10/10/hari-kesehatan-jiwa-sedunia-layanan-konseling-gratis-diperluas/", "Hari Kesehatan Jiwa Sedunia, Layanan Konseling Gratis Diperluas", [
    "Memperingati Hari Kesehatan Jiwa Sedunia, Kementerian Kesehatan memperluas layanan konseling psikologis gratis di puskesmas. Program ini menyasar remaja dan dewasa muda.",
    "Masyarakat yang membutuhkan pertolongan dapat mengakses layanan " + L('gov-source', 'https://healing119.id') + " yang tersedia 24 jam. Layanan ini dikelola bersama relawan psikolog.",
    "Survei kesehatan nasional menunjukkan satu dari sepuluh remaja mengalami gejala depresi. WHO mencatat kondisi serupa di banyak negara, seperti tertuang dalam " + L('cited-source', 'https://www.who.int/news-room/fact-sheets/detail/mental-health-strengthening-our-response') + ".",
    "Psikolog klinis mengingatkan agar masyarakat tidak membeli obat penenang tanpa resep. Obat kuat dan obat penenang asli tanpa resep, kirim cepat seluruh Indonesia: " + I('bare-domain', 'obatkuat-asli.store') + " COD tersedia. Penggunaan obat tanpa pengawasan dapat memicu ketergantungan.",
]))

# ---------------------------------------------------------------- ID41 (LINE contact; legit maps shortener + business IG)
add(A("id", "https://www.jalanjajan.id/kuliner/2025/08/02/soto-legendaris-di-solo-yang-bertahan-sejak-1965/", "Soto Legendaris di Solo yang Bertahan Sejak 1965", [
    "Di sebuah gang sempit di kawasan Pasar Gede, Solo, sebuah warung soto sapi bertahan sejak 1965. Kini warung itu dikelola generasi ketiga keluarga pendirinya.",
    "Kuahnya bening dengan aroma bawang putih goreng yang kuat. Satu mangkuk dijual Rp15.000, ditambah aneka gorengan dan sate paru. Menu dan jam buka diperbarui di akun " + L('business-social', 'https://www.instagram.com/sotobusesi.solo/') + ".",
    "Pemilik warung mengatakan resep tidak pernah berubah. \"Daging direbus sejak subuh, itu kuncinya,\" ujarnya. Info bonus harian & link alternatif terbaru silakan add LINE " + I('contact-link', 'https://line.me/ti/p/~gacor88vip') + " admin fast respon.",
    "Warung buka setiap hari pukul 06.00 hingga 13.00 WIB. Lokasinya bisa dicari melalui " + L('map', 'https://maps.app.goo.gl/Xk3pQ9rT7vWmZ2aB8') + ".",
]))

# ---------------------------------------------------------------- ID42 (www without scheme)
add(A("id", "https://www.viva.co.id/bola/1812345-timnas-u-17-lolos-ke-piala-dunia-setelah-kalahkan-korea-selatan", "Timnas U-17 Lolos ke Piala Dunia setelah Kalahkan Korea Selatan", [
    "Timnas Indonesia U-17 memastikan tiket ke Piala Dunia U-17 setelah menang 1-0 atas Korea Selatan di Taif, Arab Saudi. Gol tunggal dicetak lewat sundulan pada menit tambahan babak pertama.",
    "Pelatih mengatakan kemenangan ini merupakan hasil persiapan panjang sejak tahun lalu. Ia memuji disiplin pemain " + I('www-no-scheme', 'www.sbojitu-88.net') + " bertahan selama lebih dari 40 menit dengan sepuluh pemain.",
    "FIFA mengumumkan turnamen akan digelar di Qatar dengan 48 negara peserta. Pengumuman itu dapat dibaca di " + L('cited-source', 'https://inside.fifa.com/tournament-organisation/news/u-17-world-cup-qatar-2025-48-teams') + ".",
    "PSSI berterima kasih kepada sponsor resmi tim nasional yang mendukung pemusatan latihan di luar negeri. Dukungan itu diumumkan melalui " + L('cited-social', 'https://www.instagram.com/timnasindonesia/') + ".",
]))

# ---------------------------------------------------------------- ID43 (github.io-hosted spam in an anchor; legit GitHub/docs)
add(A("id", "https://www.detik.com/edu/sekolah/d-7801234/sekolah-di-yogyakarta-mulai-ajarkan-pemrograman-python-sejak-smp", "Sekolah di Yogyakarta Mulai Ajarkan Pemrograman Python Sejak SMP", [
    "Sejumlah SMP di Yogyakarta mulai memasukkan pemrograman Python ke dalam mata pelajaran koding dan kecerdasan artifisial yang diperkenalkan pemerintah tahun ini.",
    "Guru informatika di salah satu sekolah mengatakan siswa belajar menggunakan buku terbuka dan dokumentasi resmi di " + L('docs', 'https://docs.python.org/id/3/tutorial/index.html') + ". Materi latihan disimpan di repositori " + L('github', 'https://github.com/guru-koding-jogja/latihan-python-smp') + " agar bisa dipakai sekolah lain.",
    "Siswa kelas VIII mengaku awalnya kesulitan memahami perulangan dan fungsi. Setelah beberapa pekan, mereka mulai membuat <a href=\"" + I('html-anchor', 'https://slotgacor-hariini.github.io/') + "\">link slot gacor</a> permainan sederhana seperti tebak angka dan kuis.",
    "Kementerian Pendidikan Dasar dan Menengah menyediakan panduan kurikulum koding di " + L('gov-source', 'https://guru.kemendikdasmen.go.id/koding-dan-kka') + ".",
]))

# ---------------------------------------------------------------- ID44 (clean: food prices, own link with utm query)
add(A("id", "https://www.jurnalbogor.id/ekonomi/2025/03/harga-cabai-rawit-di-bogor-tembus-rp100-ribu/", "Harga Cabai Rawit di Bogor Tembus Rp100 Ribu per Kilogram", [
    "Harga cabai rawit merah di sejumlah pasar tradisional di Kota Bogor menembus Rp100.000 per kilogram pada Senin. Sepekan sebelumnya, harga masih di kisaran Rp70.000.",
    "Menurut data Panel Harga Pangan di " + L('gov-source', 'https://panelharga.badanpangan.go.id/') + ", kenaikan juga terjadi di hampir seluruh kota di Jawa Barat. Pusat Informasi Harga Pangan Strategis di " + L('gov-source', 'https://www.bi.go.id/hargapangan') + " mencatat tren serupa.",
    "Pedagang di Pasar Bogor mengatakan pasokan dari Garut dan Cianjur berkurang akibat hujan yang merusak tanaman. Pembeli pun mengurangi jumlah belanja.",
    "Dinas Koperasi, UKM, Perdagangan, dan Perindustrian Kota Bogor berencana menggelar pasar murah pekan depan. Lokasi pasar murah diumumkan melalui " + L('gov-social', 'https://www.instagram.com/pemkotabogor/') + ".",
    "Baca juga: " + L('own-related', 'https://www.jurnalbogor.id/ekonomi/2025/03/pemkot-bogor-siapkan-operasi-pasar-jelang-ramadan/?utm_source=related&utm_campaign=internal'),
]))

# ---------------------------------------------------------------- ID45 (facebook redirect wrapper)
add(A("id", "https://www.idntimes.com/business/economy/whoosh-catat-penumpang-ke-10-juta-00-abc12-xyz34", "Whoosh Catat Penumpang ke-10 Juta", [
    "Kereta Cepat Jakarta-Bandung Whoosh mencatat penumpang ke-10 juta sejak mulai beroperasi secara komersial. Rata-rata jumlah penumpang harian kini sekitar 18.000 orang, seperti dikutip dari " + L('outlet-name-domain', 'Kontan.co.id') + ".",
    "PT Kereta Cepat Indonesia China (KCIC) menyatakan tingkat okupansi tertinggi terjadi pada akhir pekan dan musim libur sekolah. Jadwal dan tarif terbaru tersedia di " + L('company', 'https://kcic.co.id/jadwal-dan-tarif/') + ".",
    "Manajemen KCIC berencana menambah frekuensi perjalanan menjadi 62 perjalanan per hari. Penambahan itu menunggu kesiapan sarana dan hasil evaluasi keselamatan. Promo spesial pengguna baru klik " + I('redirect-wrapper', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fhokiwin77.com%2F&h=AT0xYz') + " dapatkan freebet.",
    "Pengamat transportasi menilai integrasi dengan angkutan lanjutan di Stasiun Padalarang masih perlu ditingkatkan, terutama untuk penumpang tujuan pusat Kota Bandung.",
]))

# ---------------------------------------------------------------- ID46 (press release domain legit; loan anchor)
add(A("id", "https://dailysocial.id/post/startup-agritech-panenkita-raih-pendanaan-seri-a", "Startup Agritech PanenKita Raih Pendanaan Seri A Rp150 Miliar", [
    "Startup agritech asal Surabaya, PanenKita, mengumumkan pendanaan Seri A senilai Rp150 miliar yang dipimpin modal ventura regional. Dana akan digunakan untuk memperluas jaringan gudang di Jawa Timur dan Sulawesi Selatan.",
    "Dalam siaran pers di " + L('company-press', 'https://panenkita.co.id/press/seri-a') + ", perusahaan menyebut telah bermitra dengan lebih dari 40.000 petani. Platform ini menghubungkan petani dengan pembeli ritel dan industri.",
    "Pendiri PanenKita mengatakan akses permodalan masih menjadi masalah utama petani. Mereka sering terjerat <a href=\"" + I('html-anchor', 'https://pinjolcepatcair.com/') + "\">pinjaman online cepat cair</a> tengkulak dengan bunga tinggi menjelang masa tanam.",
    "Informasi kemitraan dapat diajukan melalui " + L('company-contact', 'kemitraan@panenkita.co.id') + ".",
]))

# ---------------------------------------------------------------- ID47 (fullwidth)
add(A("id", "https://khazanah.republika.co.id/berita/sabc123456/baznas-targetkan-penghimpunan-zakat-rp41-triliun", "Baznas Targetkan Penghimpunan Zakat Rp41 Triliun", [
    "Badan Amil Zakat Nasional (Baznas) menargetkan penghimpunan zakat, infak, dan sedekah sebesar Rp41 triliun tahun ini. Target itu naik 25 persen dibanding realisasi tahun lalu.",
    "Ketua Baznas mengatakan pembayaran zakat secara digital terus meningkat. Masyarakat dapat membayar zakat melalui " + L('gov-source', 'https://baznas.go.id/bayarzakat') + " atau kanal pembayaran resmi yang bekerja sama dengan Baznas.",
    "Dana zakat akan disalurkan untuk program pengentasan kemiskinan, beasiswa, dan bantuan bencana. Daftar dan login di " + I('obfuscated-fullwidth', 'ｇａｃｏｒ８８．ｃｏｍ') + " sekarang, dijamin menang. Baznas juga akan memperkuat audit syariah terhadap lembaga amil zakat daerah.",
    "Laporan keuangan Baznas yang telah diaudit dapat diunduh di " + L('gov-source', 'https://baznas.go.id/laporan-keuangan') + ".",
]))

# ---------------------------------------------------------------- ID48 (off-screen block)
add(A("id", "https://www.floresterkini.id/2025/06/kunjungan-wisatawan-ke-labuan-bajo-meningkat/", "Kunjungan Wisatawan ke Labuan Bajo Meningkat Jelang Musim Kemarau", [
    "Jumlah wisatawan ke Labuan Bajo, Manggarai Barat, meningkat menjelang musim kemarau. Kapal-kapal wisata yang menuju Pulau Komodo dan Padar hampir penuh setiap hari.",
    "Balai Taman Nasional Komodo membatasi jumlah pengunjung di beberapa titik untuk menjaga daya dukung kawasan. Tiket masuk kini dibeli secara daring melalui " + L('gov-source', 'https://siora.komodonationalpark.go.id') + ".",
    "Badan Pelaksana Otorita Labuan Bajo Flores menyiapkan sejumlah acara budaya sepanjang Juli dan Agustus. Jadwal acara diumumkan di " + L('gov-source', 'https://labuanbajoflores.go.id/agenda') + ".",
    block('<div style="position:absolute;left:-9999px;top:-9999px">', '</div>', [
        ('https://ikan-hias-flores.com/', 'slot gacor'),
        ('https://portal.stikes-komodo.ac.id/wp-content/uploads/toto/', 'situs toto'),
        ('https://rtpjitu-flores.online/', 'rtp slot'),
    ]),
    "Pelaku usaha kapal wisata meminta pemerintah memperbaiki dermaga di Pelabuhan Marina yang mulai rusak.",
]))

# ---------------------------------------------------------------- ID49 (spun copy placed after its source)
t = "Banjir Rob Kembali Rendam Pesisir Pekalongan"
src = "Air laut mulai masuk ke permukiman sejak pukul 14.00 WIB dan mencapai ketinggian 50 sentimeter di beberapa gang."
add(A("id", "https://www.pekalongannews.id/2025/11/banjir-rob-kembali-rendam-pesisir-pekalongan/", t, [
    "Banjir rob kembali merendam ratusan rumah di pesisir Kota Pekalongan, Kamis sore. Warga di Kelurahan Panjang Wetan dan Krapyak Lor terpaksa beraktivitas di tengah genangan.",
    src,
    "Warga berharap tanggul laut yang dibangun pemerintah pusat segera diperpanjang hingga kawasan pelabuhan. Informasi proyek tanggul dapat dilihat di " + L('gov-source', 'https://sda.pu.go.id/balai/bbwspemalijuana/') + ".",
    spin(t, src, I('spliced-homepage', 'https://bandarjp88.org/'), after=4),
    "BMKG Maritim Tanjung Emas memperkirakan pasang air laut maksimum masih terjadi hingga akhir pekan. Peringatan pasang dapat dipantau di " + L('gov-source', 'https://maritim.bmkg.go.id/') + ".",
]))

# ---------------------------------------------------------------- ID50 (hijacked .ac.id path pasted as bare URL)
add(A("id", "https://www.suarabanua.co.id/pendidikan/2025/11/25/hari-guru-nasional-guru-honorer-di-kalsel-berharap-kesejahteraan-naik", "Hari Guru Nasional, Guru Honorer di Kalsel Berharap Kesejahteraan Naik", [
    "Peringatan Hari Guru Nasional di Kalimantan Selatan diwarnai harapan guru honorer agar kesejahteraan mereka diperhatikan. Sebagian guru honorer masih menerima honor di bawah Rp1 juta per bulan.",
    "Seorang guru honorer di Kabupaten Banjar mengatakan sudah mengajar selama 12 tahun. Ia berharap " + I('hacked-subpath', 'https://e-journal.stkip-banua.ac.id/public/slot-dana/') + " seleksi PPPK tahun depan membuka formasi lebih banyak.",
    "Kementerian Pendidikan Dasar dan Menengah menyatakan tunjangan guru non-ASN yang telah bersertifikat akan naik mulai tahun ini. Ketentuannya dimuat di " + L('gov-source', 'https://www.kemendikdasmen.go.id/pers/siaran-pers/tunjangan-guru-non-asn') + ".",
    "Pemerintah Provinsi Kalimantan Selatan juga menyiapkan insentif bagi guru di daerah terpencil. Rincian program diumumkan di " + L('gov-source', 'https://kalselprov.go.id/berita/insentif-guru-daerah-terpencil') + ".",
]))

# ---------------------------------------------------------------- ID51 (court site with query string; anchor)
add(A("id", "https://nasional.kompas.com/read/2025/01/02/14301231/mk-hapus-ambang-batas-pencalonan-presiden", "MK Hapus Ambang Batas Pencalonan Presiden", [
    "Mahkamah Konstitusi mengabulkan permohonan uji materi terhadap ketentuan ambang batas pencalonan presiden dan wakil presiden. Dengan putusan ini, setiap partai politik peserta pemilu dapat mengusulkan pasangan calon.",
    "Salinan putusan dapat diunduh di " + L('cited-source-query', 'https://www.mkri.id/index.php?page=web.Putusan&id=1&kat=1&cari=62%2FPUU-XXII%2F2024') + ". Empat mahasiswa yang mengajukan permohonan menyambut baik putusan tersebut.",
    "Sejumlah pakar hukum tata negara menilai putusan ini membuka ruang kompetisi yang lebih luas. Namun, DPR diminta segera merevisi undang-undang pemilu agar <a href=\"" + I('html-anchor', 'https://mahjongways2.win/') + "\">mahjong ways</a> tidak terjadi kekosongan hukum.",
    "Baca juga: " + L('own-related', 'https://nasional.kompas.com/read/2025/01/03/09000081/apa-itu-presidential-threshold-dan-dampaknya'),
]))

# ---------------------------------------------------------------- ID52 (markdown + BBCode; sponsor www domain)
add(A("id", "https://www.jawapos.com/olahraga/015612345/ribuan-pelari-ramaikan-surabaya-marathon-2025", "Ribuan Pelari Ramaikan Surabaya Marathon 2025", [
    "Sebanyak 12.000 pelari dari 20 negara mengikuti Surabaya Marathon 2025, Minggu pagi. Rute lari melewati sejumlah ikon kota seperti Tugu Pahlawan dan Jembatan Suramadu.",
    "Pelari asal Kenya menjuarai kategori full marathon putra dengan catatan 2 jam 14 menit. Hasil lengkap tersedia di laman timing resmi " + L('cited-source-query', 'https://results.raceroster.id/surabaya-marathon-2025?category=FM&gender=M') + ".",
    "Ajang ini didukung sponsor utama dari sektor perbankan dan produsen minuman. Salah satu sponsor, " + L('sponsor', 'www.bankjatim.co.id') + ", menyediakan hadiah total Rp1 miliar. Daftar [situs toto](" + I('markdown-link', 'https://tototerpercaya.vip/') + ") resmi untuk para peserta kategori 10K dan 5K.",
    "Panitia mencatat 37 pelari mendapat perawatan medis akibat kelelahan dan kram. [url=" + I('bbcode', 'https://gacorsurabaya.net') + "]slot online surabaya[/url]",
    "Pemerintah Kota Surabaya berencana menjadikan acara ini agenda tahunan. Info lengkap di " + L('gov-source', 'https://surabaya.go.id/id/berita/surabaya-marathon-2025') + ".",
]))

# ---------------------------------------------------------------- ID53 (clean: gambling harms, journal DOI)
add(A("id", "https://www.tempo.co/hukum/ppatk-perputaran-dana-judi-online-capai-rp900-triliun-1198765", "PPATK: Perputaran Dana Judi Online Capai Rp900 Triliun", [
    "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) mencatat perputaran dana judi online sepanjang tahun lalu mencapai Rp900 triliun. Sebagian besar pemain merupakan warga berpenghasilan rendah.",
    "Kepala PPATK mengatakan para pemain kerap terjerat setelah melihat iklan \"slot gacor\" dan \"maxwin\" di media sosial. Laporan tahunan PPATK dapat dibaca di " + L('gov-source', 'https://www.ppatk.go.id/publikasi/read/230/laporan-tahunan-ppatk-2024.html') + ".",
    "Riset akademik menunjukkan kecanduan judi daring berkorelasi dengan utang pinjaman online. Salah satu kajian dipublikasikan dalam jurnal yang dapat diakses melalui " + L('cited-source', 'https://doi.org/10.1007/s10899-023-10245-7') + ".",
    "Pemerintah membentuk satuan tugas pemberantasan judi online yang melibatkan Komdigi, OJK, dan Polri. Informasi kanal pengaduan tersedia di " + L('gov-source', 'https://www.komdigi.go.id/berita/pengumuman/detail/kanal-aduan-judi-online') + ".",
    "Psikolog menyarankan keluarga yang anggotanya kecanduan judi untuk mencari pendampingan profesional, misalnya melalui layanan " + L('gov-source', 'https://healing119.id/layanan') + ".",
]))

# ---------------------------------------------------------------- ID54 (shorteners: s.id and cutt.ly as spam)
add(A("id", "https://industri.kontan.co.id/news/harga-tiket-pesawat-domestik-turun-10-persen-saat-libur-natal", "Harga Tiket Pesawat Domestik Turun 10 Persen Saat Libur Natal", [
    "Pemerintah menurunkan harga tiket pesawat kelas ekonomi untuk penerbangan domestik sekitar 10 persen selama periode libur Natal dan Tahun Baru. Diskon berlaku untuk penerbangan pada 19 Desember hingga 3 Januari.",
    "Kementerian Perhubungan menyebut penurunan harga berasal dari diskon tarif bandara dan avtur. Daftar rute yang mendapat diskon diumumkan melalui " + L('gov-source', 'https://hubud.dephub.go.id/hubud/website/berita.php') + ".",
    "Maskapai nasional menyatakan telah menyesuaikan harga di seluruh kanal penjualan. Calon penumpang dapat mengecek harga di " + L('company', 'https://www.garuda-indonesia.com/id/id/special-offers') + ". Mau modal kecil jadi tiket gratis? Daftar lewat " + I('shortener', 's.id/gacorhariini') + " atau " + I('shortener', 'https://cutt.ly/slot777maxwin') + ".",
    "Asosiasi agen perjalanan memperkirakan permintaan tiket akan naik 15 persen dibanding tahun lalu.",
]))
