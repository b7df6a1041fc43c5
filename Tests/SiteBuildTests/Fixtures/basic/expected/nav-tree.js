window.demarcNavTree={"t":"Welcome","u":"index.html","c":[{"t":"Guide","u":"guide/index.html","c":[{"t":"Introduction","u":"guide/intro.html"},{"t":"A second guide","u":"guide/second.html"}]}]};
