from policymine.cli import main

main()
