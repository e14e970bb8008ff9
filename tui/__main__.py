from .cli.newsreader import main

raise SystemExit(main())
