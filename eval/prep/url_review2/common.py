"""Helpers for writing labelled articles.

Inside article text, every URL/domain is written as a marker:
    ⟦I|kind|span⟧  -> injected spam link (kind = injection shape)
    ⟦L|kind|span⟧  -> legitimate link   (kind = what it is)
build_set.py strips the markers and turns them into labels.
"""

def I(kind, span):
    return f"⟦I|{kind}|{span}⟧"

def L(kind, span):
    return f"⟦L|{kind}|{span}⟧"

def spin(title, para, marker, k=3, after=3):
    """The seed-article injection: first k words of the title, then a copy of
    `para` with the promo URL pasted after its `after`-th word."""
    tw = title.split()[:k]
    pw = para.split(' ')
    return ' '.join(tw + pw[:after] + [marker] + pw[after:])

def block(open_tag, close_tag, pairs, sep='\n', kind='hidden-link-block',
          tmpl='<a href="{u}" rel="dofollow">{a}</a>'):
    """A hidden block of spam anchors."""
    inner = sep.join(tmpl.format(u=I(kind, u), a=a) for u, a in pairs)
    return f"{open_tag}{sep}{inner}{sep}{close_tag}" if sep == '\n' else f"{open_tag}{inner}{close_tag}"

def A(lang, url, title, paras):
    return {"lang": lang, "url": url, "title": title, "paras": paras}
