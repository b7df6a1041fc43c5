demarcSearch.records(0,[
["Guide","guide/index.html",[],"",""],
["Introduction","guide/intro.html",["Set up","Set up"],"Text with code, emphasis and strong. Same heading twice gets a distinct id. Back home or down. one two first second quoted",""],
["A second guide","guide/second.html",[],"See the introduction.",""],
["Welcome","index.html",[],"The home page. Read the guide, jump to its setup, or see the other guide. Logo An unsafe link and an external one.",""]]);
