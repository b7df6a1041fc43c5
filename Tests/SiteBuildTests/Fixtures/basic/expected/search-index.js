window.demarcSearchIndex=[
{"t":"Guide","u":"guide/index.html","h":[],"k":"","x":""},
{"t":"Introduction","u":"guide/intro.html","h":["Set up","Set up"],"k":"","x":"Text with code, emphasis and strong. Same heading twice gets a distinct id. Back home or down. one two first second let x = 1 \u003c 2 quoted"},
{"t":"A second guide","u":"guide/second.html","h":[],"k":"","x":"See the introduction."},
{"t":"Welcome","u":"index.html","h":[],"k":"","x":"Read the guide, jump to its setup, or see the other guide. Logo An unsafe link and an external one. The home page."}
];
