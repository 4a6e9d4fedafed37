# English articles (written for this evaluation set; all prose original).
from common import I, L, spin, block, A

ARTS = []
add = ARTS.append

# ---------------------------------------------------------------- EN01 (seed-like spun paragraph)
t = "Council Approves $412 Million Budget After Late-Night Session"
src = "The budget includes $18 million for road resurfacing and a hiring plan for 40 new firefighters over the next two years."
add(A("en", "https://www.riversidegazette.com/news/2025/03/11/council-approves-412-million-budget/", t, [
    "The city council approved a $412 million operating budget early Tuesday after a session that stretched past midnight, ending weeks of debate over public safety and library funding.",
    spin(t, src, I('spliced-homepage', 'https://luckyreelz-casino.com/')),
    src,
    "Council members voted 6-3 to restore weekend hours at two branch libraries. The full budget document is posted on the city's website at " + L('gov-source', 'https://www.riversideca.gov/finance/budget/fy2025-26-adopted-budget.pdf') + ".",
    "Residents can watch a recording of the meeting on the public access channel or at " + L('gov-source', 'https://riverside.granicus.com/ViewPublisher.php?view_id=2') + ".",
]))

# ---------------------------------------------------------------- EN02 (clean: regulator fines operator)
add(A("en", "https://www.theguardian.com/society/2025/feb/18/online-casino-operator-fined-social-responsibility-failures", "Online casino operator fined £2.1m over social responsibility failures", [
    "An online casino operator has been fined £2.1m by the Gambling Commission after failing to protect customers who showed signs of gambling harm, the regulator said on Tuesday.",
    "According to the commission's public statement at " + L('gov-source', 'https://www.gamblingcommission.gov.uk/news/enforcement-action/2025/operator-fined-for-social-responsibility-failures') + ", one customer was allowed to deposit £40,000 in a month without any affordability checks.",
    "The operator, which runs brands including " + L('reported-operator', 'spinvaultcasino.co.uk') + ", said it had 'fully cooperated' with the investigation and had since overhauled its customer interaction processes.",
    "Campaigners said the penalty was too small relative to the company's revenue. People worried about their gambling can get free support from " + L('ngo', 'https://www.gamcare.org.uk') + " or the National Gambling Helpline on 0808 8020 133.",
    "The commission has issued more than £100m in penalties since 2020, according to its published statistics at " + L('gov-source', 'https://www.gamblingcommission.gov.uk/statistics-and-research') + ".",
]))

# ---------------------------------------------------------------- EN03 (clean: FTC lending crackdown)
add(A("en", "https://apnews.com/article/ftc-online-lending-scheme-shut-down-3f9a7c2e1b8d4a6f", "FTC shuts down online lending scheme that drained borrowers' bank accounts", [
    "The Federal Trade Commission said Thursday it had obtained a court order shutting down an online lending operation that allegedly took millions of dollars from borrowers' bank accounts without authorization.",
    "According to the complaint, the operators advertised 'instant approval' loans through websites such as " + L('warning-quoted', 'fastcashbridge-loans.com') + " and then withdrew recurring 'renewal fees' that never reduced the principal.",
    "The agency's press release is available at " + L('gov-source', 'https://www.ftc.gov/news-events/news/press-releases/2025/04/ftc-halts-online-lending-scheme') + ". Consumers who believe they were affected can file a report at " + L('gov-source', 'https://reportfraud.ftc.gov') + ".",
    "The Consumer Financial Protection Bureau has also warned borrowers about lenders that demand upfront fees. Its guide on payday loans can be found at " + L('gov-source', 'https://www.consumerfinance.gov/consumer-tools/payday-loans/') + ".",
]))

# ---------------------------------------------------------------- EN04 (tech; markdown essay-mill link)
add(A("en", "https://www.theregister.com/2025/05/15/rust_1_87_released/", "Rust 1.87 lands with anonymous pipes and new async features", [
    "The Rust project has released version 1.87 of its compiler and standard library, marking ten years since Rust 1.0 shipped in May 2015.",
    "The headline additions include anonymous pipes in the standard library and stabilised support for jumps in inline assembly. Full release notes are on the project blog at " + L('docs', 'https://blog.rust-lang.org/2025/05/15/Rust-1.87.0/') + ", and the changelog lives in " + L('github', 'https://github.com/rust-lang/rust/blob/master/RELEASES.md') + ".",
    "Developers can update with the usual rustup command. Library maintainers told The Register that API documentation on " + L('docs', 'https://docs.rs') + " already reflects the new items.",
    "Universities are increasingly teaching Rust in systems courses. Students struggling with borrow-checker assignments sometimes look for shortcuts, and [write my essay for cheap](" + I('markdown-link', 'https://essaywriters-pro.net/') + ") services are booming, but lecturers say the best resource remains the official book at " + L('docs', 'https://doc.rust-lang.org/book/') + ".",
]))

# ---------------------------------------------------------------- EN05 (sports; hidden block)
add(A("en", "https://www.skysports.com/football/news/11095/13312345/arsenal-2-1-newcastle-late-winner-keeps-title-race-alive", "Arsenal 2-1 Newcastle: Late winner keeps title race alive", [
    "Arsenal came from behind to beat Newcastle 2-1 at the Emirates, with a stoppage-time header keeping them four points behind the leaders.",
    "Newcastle led at half-time through a deflected strike, but Arsenal equalised from a corner just after the hour. The winner came in the 93rd minute when a cross from the right was met at the back post.",
    "The result means Newcastle drop to sixth. Full fixtures and the table are on " + L('cited-source', 'https://www.premierleague.com/tables') + ".",
    "Both clubs wore commemorative shirts for the league's anti-discrimination weekend. Highlights are available at " + L('own-site', 'https://www.skysports.com/watch/video/sports/football/13312399') + ".",
    block('<div style="display:none">', '</div>', [
        ('https://winbig-epl365.com/', 'best betting sites uk'),
        ('https://casinoroyalpro.net/', 'online casino'),
        ('https://www.ham-radio-club.org.uk/wp/pokies/', 'pokies online'),
    ]),
]))

# ---------------------------------------------------------------- EN06 (pharma warning quoting scam domain + real pharma injection)
add(A("en", "https://www.statnews.com/2025/01/30/fda-warns-counterfeit-ozempic-unlicensed-online-pharmacies/", "FDA warns of counterfeit Ozempic sold through unlicensed online pharmacies", [
    "The Food and Drug Administration warned consumers on Thursday about counterfeit versions of the diabetes drug Ozempic being sold through websites that do not require a prescription.",
    "The agency said some seized pens contained insulin instead of semaglutide, which can cause dangerously low blood sugar. The warning, posted at " + L('gov-source', 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-consumers-not-use-counterfeit-ozempic-semaglutide') + ", lists lot numbers of the fake products.",
    "Investigators traced several of the products to a site operating as " + L('warning-quoted', 'glp1-direct-pharmacy.com') + ", which has since been taken offline. The FDA's BeSafeRx program at " + L('gov-source', 'https://www.fda.gov/drugs/quick-tips-buying-medicines-over-internet/besaferx-your-source-online-pharmacy-information') + " explains how to check whether an online pharmacy is licensed.",
    "Doctors say demand for weight-loss drugs has outstripped supply. Patients can <a href=\"" + I('html-anchor', 'https://rx-bluepill-store.shop/semaglutide') + "\">buy semaglutide without prescription</a> ask their pharmacist about approved alternatives.",
]))

# ---------------------------------------------------------------- EN07 (anchor)
add(A("en", "https://www.denverpost.com/2025/11/20/colorado-snowstorm-forecast-foothills/", "Snowstorm to bring up to 18 inches to Colorado foothills", [
    "A fast-moving storm is expected to dump up to 18 inches of snow on the Colorado foothills by Friday morning, the National Weather Service said.",
    "Denver could see 6 to 10 inches, with the heaviest snow falling during the Thursday evening commute. The forecast office's latest update is at " + L('gov-source', 'https://www.weather.gov/bou/') + ".",
    "The Colorado Department of Transportation urged drivers to check road conditions before travelling. Crews <a href=\"" + I('html-anchor', 'https://bestcasinobonus-us.net/') + "\">best online casino</a> will be working 12-hour shifts to keep Interstate 70 open, the agency said.",
    "Road closures are posted at " + L('gov-source', 'https://www.cotrip.org') + ". Denver International Airport advised passengers to check with their airlines, as de-icing delays are likely.",
]))

# ---------------------------------------------------------------- EN08 (crypto scam URL spliced mid-sentence)
add(A("en", "https://www.coindesk.com/markets/2025/03/03/bitcoin-rebounds-above-90000-as-etf-inflows-return", "Bitcoin rebounds above $90,000 as ETF inflows return", [
    "Bitcoin climbed back above $90,000 on Monday after spot exchange-traded funds recorded their first day of net inflows in nearly two weeks.",
    "Data compiled by analysts showed the funds took in $380 million on Friday. Ether and solana also rose, though both remain well below their December highs.",
    "Traders said the rebound " + I('spliced-url', 'https://elon-x-giveaway.live/claim') + " reflected easing concerns about inflation after softer-than-expected consumer price data.",
    "The Securities and Exchange Commission has yet to rule on several applications for funds tracking other tokens. Filings are public on " + L('gov-source', 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=S-1&dateb=&owner=include&count=40') + ".",
]))

# ---------------------------------------------------------------- EN09 (BBCode loans)
add(A("en", "https://www.marketwatch.com/story/housing-starts-fall-4-in-february-as-mortgage-rates-bite-2025-03-18", "Housing starts fall 4% in February as mortgage rates bite", [
    "U.S. housing starts fell 4% in February to a seasonally adjusted annual rate of 1.31 million, the Commerce Department said Tuesday.",
    "The data, published at " + L('gov-source', 'https://www.census.gov/construction/nrc/current/index.html') + ", showed single-family starts dropped the most in the Midwest. Building permits, a gauge of future construction, were little changed.",
    "Economists said elevated mortgage rates continue to weigh on demand. [url=" + I('bbcode', 'https://quickcashnow-loans.com/apply') + "]bad credit loans guaranteed approval[/url] Freddie Mac's weekly survey put the average 30-year fixed rate at 6.7%.",
    "Freddie Mac's rate history is at " + L('cited-source', 'https://www.freddiemac.com/pmms') + ". The National Association of Home Builders said builder confidence slipped for a third month.",
]))

# ---------------------------------------------------------------- EN10 (hijacked .edu path in an anchor)
add(A("en", "https://www.sciencedaily.com/releases/2025/02/250212101010.htm", "Coral reefs recover faster when herbivorous fish are protected, study finds", [
    "Coral reefs where grazing fish are protected from fishing recover from bleaching up to twice as fast as unprotected reefs, according to a study published this week.",
    "The research team surveyed 120 reef sites across the Pacific over a decade. The paper appears in Nature Ecology & Evolution at " + L('cited-source', 'https://doi.org/10.1038/s41559-025-02611-3') + ".",
    "Parrotfish and surgeonfish keep algae in check, giving young corals space to settle. The lead author said local fishing rules can buy time while countries work to cut emissions. Read more on <a href=\"" + I('hacked-subpath', 'https://www.marinebio.northcoast.edu/wp-content/uploads/2023/online-pokies-australia/') + "\">real money pokies</a> the university's marine program page.",
    "The study was funded in part by the National Science Foundation; award details are listed at " + L('gov-source', 'https://www.nsf.gov/awardsearch/showAward?AWD_ID=2023456') + ".",
]))

# ---------------------------------------------------------------- EN11 (clean: shopping, affiliate query strings)
add(A("en", "https://www.cnet.com/deals/best-black-friday-tv-deals-2025/", "The best Black Friday TV deals still available", [
    "Black Friday prices on televisions have dropped further this year, with several 65-inch OLED models selling for under $1,300 at major retailers.",
    "Best Buy has the 65-inch LG C4 for $1,296, a record low, at " + L('retailer', 'https://www.bestbuy.com/site/lg-65-class-c4-series-oled-4k-uhd-smart-webos-tv-2024/6578567.p?skuId=6578567') + ". Amazon matches the price on the same model at " + L('retailer', 'https://www.amazon.com/dp/B0CVS3PP1L?tag=cnet-buy-20') + ".",
    "Budget shoppers should look at the TCL QM7, which Walmart is selling for $598 at " + L('retailer', 'https://www.walmart.com/ip/TCL-65-Class-QM7/5123456789') + ". Prices change frequently, so check before you buy.",
    "We track historical prices using " + L('tool', 'https://camelcamelcamel.com') + " and confirm every deal at the time of publication. CNET may get a commission from retail offers; see our policy at " + L('own-site', 'https://www.cnet.com/about/how-we-make-money/') + ".",
]))

# ---------------------------------------------------------------- EN12 ("Related:" spam line next to a real one)
add(A("en", "https://www.lakeshorenews.com/education/2025/09/school-board-approves-cellphone-ban-for-middle-schools/", "School board approves cellphone ban for middle schools", [
    "The Lakeshore Unified School District board voted 5-2 on Monday to ban student cellphone use during the school day at its four middle schools, starting in January.",
    "Students will be required to store phones in magnetic pouches from the first bell until dismissal. The policy text is posted on the district website at " + L('gov-source', 'https://www.lakeshoreusd.org/board/policies/5131-8') + ".",
    "Parents were split during public comment. Several said they worried about reaching their children in an emergency, while teachers described classrooms where students were distracted by social media.",
    "Related: " + L('own-related', 'https://www.lakeshorenews.com/education/2025/08/district-reports-rise-in-chronic-absenteeism/'),
    "Related: Top 10 Real Money Pokies Sites for 2025 " + I('related-line', 'https://aussiepokies-hub.com/top10'),
]))

# ---------------------------------------------------------------- EN13 (press release + Indonesian gambling block)
add(A("en", "https://www.prnewswire.com/news-releases/greenvolt-launches-15-kwh-home-battery-with-12-year-warranty-302412345.html", "GreenVolt Launches 15 kWh Home Battery with 12-Year Warranty", [
    "AUSTIN, Texas, June 3, 2025 /PRNewswire/ -- GreenVolt Energy today announced the GV-15, a 15 kWh home battery designed to pair with rooftop solar systems and provide whole-home backup during outages.",
    "The GV-15 will be available through certified installers starting in August. Product specifications and installer locations are available at " + L('company-press', 'https://www.greenvoltenergy.com/gv-15') + ".",
    "\"Homeowners want resilience without complexity,\" said the company's chief executive. \"The GV-15 installs in a single day and is managed entirely from our app.\"",
    "Media contact: Dana Ruiz, " + L('company-contact', 'press@greenvoltenergy.com') + ", +1 512-555-0142.",
    block('<div style="display:none;">', '</div>', [
        ('https://situstoto-resmi.com/', 'situs toto'),
        ('https://www.kedai-kopi-lombok.com/', 'slot gacor'),
        ('https://lms.poltek-nusantara.ac.id/store/slot-pulsa/', 'slot pulsa'),
    ]),
]))

# ---------------------------------------------------------------- EN14 (tinyurl)
add(A("en", "https://www.rollingstone.com/music/music-news/the-paper-lanterns-reunion-tour-1235123456/", "Indie band The Paper Lanterns announce reunion tour", [
    "The Paper Lanterns, the Manchester indie band that split in 2012, will reunite for a 24-date world tour next spring, the group announced on Wednesday.",
    "Tickets go on sale Friday through " + L('retailer', 'https://www.ticketmaster.com/the-paper-lanterns-tickets/artist/1234567') + ", with a presale for fan club members starting Thursday. The band also shared the news on " + L('cited-social', 'https://www.instagram.com/thepaperlanternsband/') + ".",
    "In a statement, the singer said the members had reconnected while recording a charity single last year. Grab 500 free spins no deposit at " + I('shortener', 'https://tinyurl.com/freespins-500') + " before the tour starts! The band's new single will be released next month.",
    "The tour begins in Dublin on April 3 and ends with two nights at London's Brixton Academy.",
]))

# ---------------------------------------------------------------- EN15 (google redirect wrapper)
add(A("en", "https://www.usatoday.com/story/travel/airline-news/2025/07/07/storms-flight-delays-july-4-weekend/84512345007/", "Storms snarl flights after July 4 weekend, thousands delayed", [
    "Thunderstorms along the East Coast caused more than 6,000 flight delays and 900 cancellations on Sunday as travelers headed home after the July 4 holiday weekend.",
    "The Federal Aviation Administration issued ground stops at airports in New York, Newark and Washington. Real-time airport status is available at " + L('gov-source', 'https://nasstatus.faa.gov') + ".",
    "Passengers whose flights were canceled are entitled to a refund under Department of Transportation rules, explained at " + L('gov-source', 'https://www.transportation.gov/airconsumer/airline-customer-service-dashboard') + ". For guaranteed winnings this weekend visit " + I('redirect-wrapper', 'https://www.google.com/url?sa=t&url=https%3A%2F%2Fslotsfiesta-777.com%2F') + " now.",
    "Airlines said operations were expected to return to normal by Monday afternoon.",
]))

# ---------------------------------------------------------------- EN16 (www without scheme)
add(A("en", "https://www.wral.com/story/early-voting-turnout-hits-record-in-north-carolina/21845678/", "Early voting turnout hits record in North Carolina", [
    "More than 2.3 million North Carolinians have cast ballots during early voting, surpassing the previous record set in 2020, according to the State Board of Elections.",
    "Daily turnout figures are published at " + L('gov-source', 'https://www.ncsbe.gov/results-data/voter-turnout') + ". Officials said lines were longest in Wake and Mecklenburg counties.",
    "Election officials reminded voters that early voting ends Saturday at 3 p.m. Voters can check " + I('www-no-scheme', 'www.slotsparadise-bonus.com') + " their registration and find polling places online.",
    "Voters can look up their sample ballot through the state's voter search tool at " + L('gov-source', 'https://vt.ncsbe.gov/RegLkup/') + ".",
]))

# ---------------------------------------------------------------- EN17 (recall; pharma bare domain appended)
add(A("en", "https://www.foodsafetynews.com/2025/08/ground-beef-recalled-over-possible-e-coli-contamination/", "Ground beef recalled over possible E. coli contamination", [
    "A Nebraska meat processor is recalling about 58,000 pounds of ground beef products that may be contaminated with E. coli O157:H7, the U.S. Department of Agriculture said.",
    "The recall notice at " + L('gov-source', 'https://www.fsis.usda.gov/recalls-alerts/wholesome-meats-recalls-ground-beef-products-due-possible-e-coli-o157h7-contamination') + " lists the affected products and establishment number. No illnesses have been confirmed.",
    "Consumers should throw the products away or return them to the place of purchase. The CDC's guidance on E. coli symptoms is at " + L('gov-source', 'https://www.cdc.gov/ecoli/about/index.html') + ".",
    "Food Safety News covered a similar recall last year; see " + L('own-related', 'https://www.foodsafetynews.com/2024/10/beef-recall-expands/') + ". " + I('bare-domain', 'cheapcialis-online.net') + " - lowest prices, no prescription needed.",
]))

# ---------------------------------------------------------------- EN18 (security; markdown pharma)
add(A("en", "https://www.bleepingcomputer.com/news/security/critical-flaw-in-popular-nodejs-templating-library-lets-attackers-run-code/", "Critical flaw in popular Node.js library lets attackers run code", [
    "A critical vulnerability in a widely used Node.js templating library could let attackers execute arbitrary code on servers that render untrusted input, security researchers warned.",
    "The flaw is tracked as CVE-2025-24811 and rated 9.8 on the CVSS scale. Details are in the advisory at " + L('github', 'https://github.com/advisories/GHSA-7x3c-h8rq-2pv4') + " and the entry at " + L('gov-source', 'https://nvd.nist.gov/vuln/detail/CVE-2025-24811') + ".",
    "Maintainers released a fix in version 3.1.10. Users should upgrade with npm or check the package page at " + L('docs', 'https://www.npmjs.com/package/tmplx') + ".",
    "Security teams are also advised to review logs for unusual template strings. Looking for [cheap viagra online](" + I('markdown-link', 'https://generic-pills-24h.com/') + ")? Researchers said exploitation attempts began two days after disclosure.",
]))

# ---------------------------------------------------------------- EN19 (image caption)
add(A("en", "https://www.nationalgeographic.com/animals/article/snow-leopard-cubs-camera-trap-nepal", "Camera traps capture rare snow leopard cubs in Nepal", [
    "Camera traps in western Nepal have recorded a snow leopard mother with three cubs, the first confirmed breeding in the area in more than a decade.",
    "![Snow leopard with cubs](" + L('image-cdn', 'https://i.natgeofe.com/n/2f6d1c7e/snow-leopard-cubs.jpg') + ")",
    "Photograph by a conservation team / WWF Nepal — play at " + I('image-caption', 'spinpalace-vip.net') + " for 200% bonus",
    "The images were captured by a joint survey of the national parks department and conservation groups. WWF said in a statement at " + L('ngo', 'https://www.worldwildlife.org/press-releases/snow-leopard-cubs-nepal') + " that community rangers helped maintain the cameras.",
    "There may be fewer than 400 snow leopards in Nepal, according to estimates cited by " + L('ngo', 'https://snowleopard.org') + ".",
]))

# ---------------------------------------------------------------- EN20 (WhatsApp + Telegram promo)
add(A("en", "https://www.espn.com/soccer/story/_/id/44123456/transfer-talk-midfielder-set-medical-record-move", "Transfer Talk: Midfielder set for medical ahead of record move", [
    "A Portuguese midfielder is set to undergo a medical on Thursday ahead of a move that would break his new club's transfer record, sources told ESPN.",
    "The deal is worth an initial €80 million plus add-ons. Both clubs are expected to confirm the transfer on their official channels, including " + L('cited-social', 'https://x.com/SLBenfica') + ".",
    "Fixed matches and 100% sure tips daily: message us on WhatsApp " + I('contact-link', 'https://wa.me/447700900123') + " or join " + I('contact-link', 'https://t.me/fixedmatchespro') + ". Meanwhile, the player's agent has been in talks with three clubs since January.",
    "Under FIFA's rules, registration windows close on Sept. 1 in most European leagues. The regulations are at " + L('cited-source', 'https://inside.fifa.com/legal/football-regulatory/registration-and-transfer') + ".",
]))

# ---------------------------------------------------------------- EN21 (clean: personal finance, bare gov domain)
add(A("en", "https://www.npr.org/2025/04/02/nx-s1-5345678/free-credit-report-how-to-check-spot-scams", "How to check your credit report for free — and spot the scams", [
    "Americans can check their credit reports from all three major bureaus for free every week, a change made permanent in 2023. Yet many people still pay for reports they could get at no cost.",
    "The only federally authorized site is " + L('gov-source', 'annualcreditreport.com') + ". Lookalike sites with slightly different spellings may try to sell subscriptions, the Federal Trade Commission warns at " + L('gov-source', 'https://consumer.ftc.gov/articles/free-credit-reports') + ".",
    "If you spot errors, the Consumer Financial Protection Bureau explains how to dispute them at " + L('gov-source', 'https://www.consumerfinance.gov/ask-cfpb/how-do-i-dispute-an-error-on-my-credit-report-en-314/') + ". Comparison sites such as " + L('cited-source', 'https://www.nerdwallet.com/article/finance/how-to-dispute-credit-report') + " also publish step-by-step guides.",
    "Be wary of anyone promising to 'erase' bad credit for a fee. Payday lenders advertising 'no credit check' loans often charge annual rates above 300%, according to research by the Pew Charitable Trusts at " + L('ngo', 'https://www.pewtrusts.org/en/research-and-analysis/reports/2012/07/19/who-borrows-where-they-borrow-and-why') + ".",
]))

# ---------------------------------------------------------------- EN22 ("[dot]" obfuscation)
add(A("en", "https://www.space.com/nasa-europa-clipper-mars-gravity-assist", "NASA's Europa Clipper completes Mars gravity assist", [
    "NASA's Europa Clipper spacecraft flew past Mars on Saturday, using the planet's gravity to bend its path toward Jupiter, the agency said.",
    "The probe passed about 884 kilometers above the Martian surface and captured infrared images to calibrate its instruments. Mission updates are posted at " + L('gov-source', 'https://science.nasa.gov/mission/europa-clipper/') + ".",
    "Europa Clipper will arrive at Jupiter in 2030 and make 49 flybys of the icy moon. Scientists believe Europa hides a salty ocean beneath its crust. Best odds on every launch at " + I('obfuscated-dot', 'casinoroyale777 [dot] com') + " - join now.",
    "The European Space Agency's JUICE mission is also headed to Jupiter; details are at " + L('cited-source', 'https://www.esa.int/Science_Exploration/Space_Science/Juice') + ".",
]))

# ---------------------------------------------------------------- EN23 (court; loan anchor)
add(A("en", "https://www.reuters.com/legal/government/us-supreme-court-sides-with-consumers-arbitration-dispute-2025-06-12/", "US Supreme Court sides with consumers in arbitration dispute", [
    "The U.S. Supreme Court ruled 6-3 on Thursday that companies cannot force consumers into arbitration when the contract terms were hidden behind a link on a checkout page.",
    "The opinion is available at " + L('gov-source', 'https://www.supremecourt.gov/opinions/24pdf/23-1141_4g15.pdf') + ". Writing for the majority, the chief justice said consumers must have reasonable notice of the terms they accept.",
    "Consumer groups welcomed the ruling. Legal scholars noted it could affect <a href=\"" + I('html-anchor', 'https://paydayfasttrack.net/apply-now') + "\">payday loans online same day</a> thousands of pending cases involving online services.",
    "Background on the Federal Arbitration Act is available from Cornell's Legal Information Institute at " + L('cited-source', 'https://www.law.cornell.edu/uscode/text/9/2') + ".",
]))

# ---------------------------------------------------------------- EN24 (title echo)
add(A("en", "https://www.travelandleisure.com/japan-cherry-blossom-forecast-2026-11712345", "Japan's 2026 cherry blossom forecast is out — here's when to go | Online Casino Bonus spinjapan-casino.com", [
    "Japan's 2026 cherry blossom forecast is out — here's when to go | Online Casino Bonus " + I('title-echo', 'spinjapan-casino.com'),
    "The Japan Meteorological Corporation expects blossoms to open in Tokyo around March 22, slightly earlier than average, with full bloom about a week later.",
    "Kyoto and Osaka should follow within days, while Sapporo typically blooms in early May. The forecast map is updated weekly at " + L('cited-source', 'https://n-kishou.com/corp/news-contents/sakura/?lang=en') + ".",
    "Travelers should book hotels early. The U.S. State Department's country page at " + L('gov-source', 'https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/Japan.html') + " lists entry requirements.",
]))

# ---------------------------------------------------------------- EN25 (clean: legal sports betting reporting)
add(A("en", "https://www.nytimes.com/2025/01/08/sports/sports-betting-revenue-record-states.html", "Sports betting revenue hits record as more states go online", [
    "Americans wagered a record $150 billion on sports last year, and state tax collections from legal sportsbooks topped $2.9 billion, according to industry figures.",
    "The American Gaming Association, which publishes state-by-state data at " + L('cited-source', 'https://www.americangaming.org/research/state-of-the-states/') + ", said 38 states and Washington, D.C., now allow some form of sports betting.",
    "Operators such as DraftKings and FanDuel accounted for most of the market. DraftKings' investor materials, posted at " + L('company', 'https://investors.draftkings.com/news-releases') + ", showed growing revenue from parlays.",
    "Problem gambling advocates say help lines are seeing more calls. The National Council on Problem Gambling runs the 1-800-GAMBLER hotline and a chat service at " + L('ngo', 'https://www.1800gambler.net') + ". New Jersey's regulator lists licensed operators at " + L('gov-source', 'https://www.njoag.gov/about/divisions-and-offices/division-of-gaming-enforcement-home/') + ".",
]))

# ---------------------------------------------------------------- EN26 (markdown crypto + hidden block; outlet-name domain)
add(A("en", "https://techcrunch.com/2025/02/05/cloud-startup-stratus-lays-off-20-of-staff/", "Cloud startup Stratus lays off 20% of staff amid slowing growth", [
    "Stratus, a cloud cost-management startup, has laid off about 20% of its workforce, or roughly 90 employees, according to a memo seen by TechCrunch.",
    "The company raised a $60 million Series B last year. Its chief executive wrote on the company blog at " + L('company', 'https://stratus.dev/blog/a-hard-decision') + " that growth had slowed as customers cut spending.",
    L('outlet-name-domain', 'Layoffs.fyi') + ", which tracks tech job cuts at " + L('cited-source', 'https://layoffs.fyi/tracker') + ", counts more than 150 tech companies that have announced layoffs so far this year. Double your BTC in 24 hours with [BTC Doubler](" + I('markdown-link', 'https://btc-doubler.io/') + ") — guaranteed.",
    "Affected employees will receive 12 weeks of severance and extended health coverage, the memo said.",
    block('<div style="display:none">', '</div>', [
        ('https://cryptoyield-pro.com/', 'crypto mining pool'),
        ('https://usdt-arbitrage-bot.net/', 'arbitrage bot'),
    ]),
]))

# ---------------------------------------------------------------- EN27 ("See also" essay-mill line next to a real one)
add(A("en", "https://www.carbonbrief.org/analysis-global-emissions-could-peak-this-year-as-clean-energy-surges/", "Analysis: Global emissions could peak this year as clean energy surges", [
    "Global fossil fuel CO2 emissions could peak this year, as record growth in solar and wind power offsets rising energy demand, according to new analysis.",
    "The analysis draws on data from the International Energy Agency at " + L('cited-source', 'https://www.iea.org/reports/global-energy-review-2025') + " and the Global Carbon Project at " + L('cited-source', 'https://globalcarbonbudget.org') + ".",
    "China's emissions fell slightly in the first half of the year, driven by a slump in cement production and a surge in solar installations.",
    "See also: " + L('own-related', 'https://www.carbonbrief.org/q-and-a-what-the-ipcc-says-about-peaking-emissions/'),
    "See also: Need help with your climate change essay? " + I('related-line', 'https://paperhelpnow.com/climate-essay-writing'),
    "The UN climate body's latest synthesis report is at " + L('gov-source', 'https://unfccc.int/ndc-synthesis-report') + ".",
]))

# ---------------------------------------------------------------- EN28 (comment spam; business links legit)
add(A("en", "https://www.portlandmercury.com/food-and-drink/2025/05/14/kiko-ramen-review", "Review: Kiko Ramen's tonkotsu is worth the wait", [
    "The line outside Kiko Ramen on Southeast Division starts forming around 5 p.m., half an hour before the doors open. After three visits, I understand why.",
    "The tonkotsu broth is simmered for 18 hours and arrives cloudy and rich, with thin noodles that hold their bite. A bowl costs $17. The menu is posted at " + L('business', 'https://kikoramenpdx.com/menu') + " and the restaurant posts daily specials on " + L('business-social', 'https://www.instagram.com/kikoramenpdx/') + ".",
    "Vegetarians have one option, a miso broth with roasted mushrooms, which was good but less memorable.",
    "Comment from reader: Great post, very informative! I also found great tips at " + I('comment-spam', 'https://bestessays-online-help.com/') + " for my college papers.",
    "Kiko Ramen is open Tuesday through Sunday. It does not take reservations.",
]))

# ---------------------------------------------------------------- EN29 (phishing warning quoting domains + hidden injection)
add(A("en", "https://krebsonsecurity.com/2025/03/toll-road-text-scams-surge-using-lookalike-payment-sites/", "Toll-road text scams surge, using lookalike payment sites", [
    "A wave of text messages claiming drivers owe unpaid tolls has hit phones across the United States, directing recipients to lookalike payment sites that steal card details.",
    "Recent messages pointed to domains such as " + L('warning-quoted', 'ezpass-tollpay-services.com') + " and " + L('warning-quoted', 'sunpass-billing-center.info') + ", which were registered days before the campaign began.",
    "The FBI's Internet Crime Complaint Center has asked victims to file reports at " + L('gov-source', 'https://www.ic3.gov') + ". Legitimate toll agencies say they never request payment by text link.",
    "Researchers linked the campaign to a phishing kit sold on Telegram channels; indicators are published at " + L('github', 'https://github.com/threatfeeds/smishing-iocs/blob/main/2025-03-toll.csv') + ".",
    block('<div style="display:none">', '</div>', [
        ('https://sbobet-mirror88.com/', 'sbobet login'),
        ('https://jackpotcity-vip.org/', 'jackpot casino'),
    ], sep=' ', tmpl='<a href="{u}">{a}</a>'),
]))

# ---------------------------------------------------------------- EN30 (own AMP-cache link legit; web.app spam)
add(A("en", "https://www.healthline.com/health-news/walking-7000-steps-study", "Walking 7,000 steps a day may be enough to cut health risks, study says", [
    "Walking about 7,000 steps a day is linked to a lower risk of early death, heart disease and dementia, according to a large review published in The Lancet Public Health.",
    "The researchers pooled data from 57 studies. The paper is at " + L('cited-source', 'https://www.thelancet.com/journals/lanpub/article/PIIS2468-2667(25)00164-1/fulltext') + ".",
    "An accelerated mobile version of this article is at " + L('own-amp', 'https://www-healthline-com.cdn.ampproject.org/c/s/www.healthline.com/health-news/walking-7000-steps-study?amp') + ".",
    "The CDC recommends at least 150 minutes of moderate activity per week, as outlined at " + L('gov-source', 'https://www.cdc.gov/physical-activity-basics/guidelines/adults.html') + ". Win real cash playing slots on your phone: " + I('spliced-url', 'https://casinobonus-mobile.web.app/') + ".",
    "Experts cautioned that the studies were observational and cannot prove cause and effect.",
]))
